"""Pages for succession planning: the continuity dashboard, key roles (holders, successors, development
actions, the handover checklist), handovers, the knowledge base and the handover pack.

Reads go through succession/selectors.py and writes through succession/services.py, as the API's do.
A service that finds the user may not act raises the model's DoesNotExist, answered here with 404 like
any object out of scope; a ValidationError is shown on the field it names, with nothing saved.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db.models import Count, Max, Prefetch, Q, QuerySet
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from program.access import acting_user, program_view
from program.downloads import attachment
from program.forms import apply_service_errors
from program.models import Program
from program.selectors import holds
from succession import charts, continuity, selectors, services
from succession.forms import (
    ChecklistForm,
    ContinuitySettingsForm,
    DevelopmentActionForm,
    DocumentEditForm,
    DocumentForm,
    HandoverForm,
    HolderForm,
    KeyRoleEditForm,
    KeyRoleForm,
    NominateForm,
    ReadinessForm,
    ReviewedForm,
    TermForm,
    VersionForm,
)
from succession.handover_pack import filename as pack_filename
from succession.handover_pack import handover_pack_pdf
from succession.models import READINESS_RANK, Document, Handover, KeyRole, KeyRoleHolder, Successor


def _program_worker(request: HttpRequest, program: Program) -> None:
    """404 unless the user does program work here (coordinator, supervisor, supporter, reviewer)."""
    if not selectors.programs_worked_in(acting_user(request)).filter(pk=program.pk).exists():
        raise Http404


def _refused(request: HttpRequest, error: ValidationError) -> None:
    """A refusal of a one-button action (no form to show it on), as messages naming the field."""
    if hasattr(error, "error_dict"):
        problems = [
            f"{field.replace('_', ' ').capitalize()}: {problem}"
            for field, field_problems in error.message_dict.items()
            for problem in field_problems
        ]
    else:
        problems = list(error.messages)
    for problem in problems:
        messages.error(request, problem)


# --- Continuity dashboard and settings ----------------------------------------------------------------


@program_view("manage_program")
def continuity_dashboard(request: HttpRequest, program: Program) -> HttpResponse:
    """The score and its parts, the roles at risk and why, the runway and stale documents."""
    assessed = continuity.assess(program)
    return render(
        request,
        "succession/dashboard.html",
        {
            "program": program,
            "continuity": assessed,
            "runway": assessed.runway,
            "runway_svg": charts.runway_chart(assessed.runway),
            "runway_summary": charts.runway_summary(assessed.runway),
        },
    )


@program_view("manage_program")
def continuity_settings(request: HttpRequest, program: Program) -> HttpResponse:
    current = services.continuity_settings(program)
    form = ContinuitySettingsForm(
        request.POST or None,
        initial={"selection_weeks": current.selection_weeks, "training_weeks": current.training_weeks},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_continuity_settings(program, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Continuity settings saved; the runway uses them now.")
            return redirect("continuity", program.pk)
    return render(
        request,
        "succession/settings.html",
        {"program": program, "form": form},
        status=400 if form.errors else 200,
    )


@program_view("manage_program")
def handover_pack(request: HttpRequest, program: Program) -> HttpResponse:
    return attachment(
        handover_pack_pdf(program, by=acting_user(request)),
        content_type="application/pdf",
        filename=pack_filename(program),
    )


# --- Key roles ----------------------------------------------------------------------------------------


@program_view()
def key_role_list(request: HttpRequest, program: Program) -> HttpResponse:
    """Key roles and who holds them, for anyone doing program work here: who to turn to is no secret."""
    _program_worker(request, program)
    user = acting_user(request)
    current = (
        selectors.holders_visible_to(user).filter(ended_on__isnull=True).select_related("membership__user")
    )
    roles = (
        selectors.key_roles_visible_to(user)
        .filter(program=program)
        .prefetch_related(Prefetch("holders", queryset=current, to_attr="current_holders"))
    )
    return render(
        request,
        "succession/key_roles.html",
        {"program": program, "roles": roles, "is_coordinator": holds(user, "manage_program", program)},
    )


@program_view("manage_program")
def key_role_new(request: HttpRequest, program: Program) -> HttpResponse:
    form = KeyRoleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            role = services.add_key_role(program, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, f"“{role.name}” added, with a handover checklist to adapt.")
            return redirect("key-role-detail", program.pk, role.pk)
    return render(
        request,
        "succession/key_role_form.html",
        {"program": program, "form": form},
        status=400 if form.errors else 200,
    )


def _visible_role(request: HttpRequest, program: Program, role_id: int) -> KeyRole:
    return get_object_or_404(
        selectors.key_roles_visible_to(acting_user(request))
        .filter(program=program)
        .select_related("program"),
        pk=role_id,
    )


def _handovers_with_progress(queryset: QuerySet[Handover]) -> QuerySet[Handover]:
    return queryset.select_related("to_membership__user", "from_membership__user").annotate(
        total=Count("tasks"), done=Count("tasks", filter=Q(tasks__done_at__isnull=False))
    )


@program_view()
def key_role_detail(request: HttpRequest, program: Program, role_id: int) -> HttpResponse:
    return _role_page(request, program, _visible_role(request, program, role_id))


def _role_page(
    request: HttpRequest,
    program: Program,
    role: KeyRole,
    bound: dict[str, Form] | None = None,
    per_successor: dict[tuple[str, int], Form] | None = None,
) -> HttpResponse:
    """The key role page; a refused form comes back in `bound` (or `per_successor`) with its errors."""
    user = acting_user(request)
    bound, per_successor = bound or {}, per_successor or {}
    is_coordinator = holds(user, "manage_program", program)
    holders = list(
        selectors.holders_visible_to(user)
        .filter(key_role=role)
        .select_related("membership__user")
        .order_by("ended_on", "starts_on", "pk")
    )
    current = [h for h in holders if h.ended_on is None]
    successors = list(
        selectors.successors_visible_to(user)
        .filter(key_role=role)
        .select_related("membership__user")
        .prefetch_related("actions")
        .order_by(READINESS_RANK, "pk")
    )
    rows = []
    for successor in successors:
        rows.append(
            {
                "successor": successor,
                "may_mark": is_coordinator or successor.membership.user_id == user.pk,
                "readiness_form": per_successor.get(("readiness", successor.pk))
                or ReadinessForm(
                    prefix=f"s{successor.pk}",
                    initial={"readiness": successor.readiness, "notes": successor.notes},
                ),
                "action_form": per_successor.get(("action", successor.pk))
                or DevelopmentActionForm(prefix=f"a{successor.pk}"),
            }
        )
    context: dict[str, Any] = {
        "program": program,
        "role": role,
        "current_holders": current,
        "past_holders": [h for h in holders if h.ended_on is not None],
        "successors": rows,
        "handovers": _handovers_with_progress(selectors.handovers_visible_to(user).filter(key_role=role)),
        "is_coordinator": is_coordinator,
    }
    if is_coordinator:
        checklist = list(role.checklist.all())
        context |= {
            "term_forms": {
                h.pk: per_successor.get(("term", h.pk))
                or TermForm(
                    prefix=f"t{h.pk}", initial={"starts_on": h.starts_on, "term_ends_on": h.term_ends_on}
                )
                for h in current
            },
            "checklist": checklist,
            "holder_form": bound.get("holder") or HolderForm(program=program, prefix="holder"),
            "nominate_form": bound.get("nominate") or NominateForm(program=program, prefix="nominate"),
            "checklist_form": bound.get("checklist")
            or ChecklistForm(prefix="checklist", initial={"items": "\n".join(i.text for i in checklist)}),
            "handover_form": bound.get("handover")
            or HandoverForm(
                program=program,
                prefix="handover",
                initial={"from_membership": current[0].membership_id} if len(current) == 1 else None,
            ),
        }
    refused = bool(bound) or bool(per_successor)
    return render(request, "succession/key_role.html", context, status=400 if refused else 200)


def _back_to_role(program: Program, role: KeyRole, anchor: str) -> HttpResponse:
    response = redirect("key-role-detail", program.pk, role.pk)
    response["Location"] += f"#{anchor}"
    return response


@program_view("manage_program")
@require_POST
def holder_add(request: HttpRequest, program: Program, role_id: int) -> HttpResponse:
    role = _visible_role(request, program, role_id)
    form = HolderForm(request.POST, program=program, prefix="holder")
    if form.is_valid():
        try:
            holder = services.assign_holder(role, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, f"{holder.membership.display_name} now holds {role.name}.")
            return _back_to_role(program, role, "holders")
    return _role_page(request, program, role, bound={"holder": form})


@program_view("manage_program")
@require_POST
def holder_end(request: HttpRequest, program: Program, role_id: int, holder_id: int) -> HttpResponse:
    role = _visible_role(request, program, role_id)
    holder: KeyRoleHolder = get_object_or_404(
        selectors.holders_visible_to(acting_user(request))
        .filter(key_role=role)
        .select_related("key_role__program", "membership__user"),
        pk=holder_id,
    )
    try:
        services.end_holding(holder, by=acting_user(request))
    except ValidationError as error:
        _refused(request, error)
    except ObjectDoesNotExist:
        raise Http404 from None
    else:
        messages.success(request, f"{holder.membership.display_name}'s holding of {role.name} ended.")
    return _back_to_role(program, role, "holders")


@program_view("manage_program")
@require_POST
def successor_nominate(request: HttpRequest, program: Program, role_id: int) -> HttpResponse:
    role = _visible_role(request, program, role_id)
    form = NominateForm(request.POST, program=program, prefix="nominate")
    if form.is_valid():
        try:
            successor = services.nominate_successor(role, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(
                request,
                f"{successor.membership.display_name} nominated for {role.name} "
                f"({successor.get_readiness_display().lower()}).",
            )
            return _back_to_role(program, role, "successors")
    return _role_page(request, program, role, bound={"nominate": form})


def _successor(request: HttpRequest, role: KeyRole, successor_id: int) -> Successor:
    return get_object_or_404(
        selectors.successors_visible_to(acting_user(request))
        .filter(key_role=role)
        .select_related("key_role__program", "membership__user"),
        pk=successor_id,
    )


@program_view("manage_program")
@require_POST
def successor_update(request: HttpRequest, program: Program, role_id: int, successor_id: int) -> HttpResponse:
    role = _visible_role(request, program, role_id)
    successor = _successor(request, role, successor_id)
    form = ReadinessForm(request.POST, prefix=f"s{successor.pk}")
    if form.is_valid():
        try:
            successor = services.update_successor(successor, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(
                request,
                f"{successor.membership.display_name}: {successor.get_readiness_display().lower()}.",
            )
            return _back_to_role(program, role, "successors")
    return _role_page(request, program, role, per_successor={("readiness", successor.pk): form})


@program_view("manage_program")
@require_POST
def successor_remove(request: HttpRequest, program: Program, role_id: int, successor_id: int) -> HttpResponse:
    role = _visible_role(request, program, role_id)
    successor = _successor(request, role, successor_id)
    services.remove_successor(successor, by=acting_user(request))
    messages.success(
        request, f"{successor.membership.display_name} is no longer a successor for {role.name}."
    )
    return _back_to_role(program, role, "successors")


@program_view("manage_program")
@require_POST
def development_action_add(
    request: HttpRequest, program: Program, role_id: int, successor_id: int
) -> HttpResponse:
    role = _visible_role(request, program, role_id)
    successor = _successor(request, role, successor_id)
    form = DevelopmentActionForm(request.POST, prefix=f"a{successor.pk}")
    if form.is_valid():
        try:
            services.add_development_action(successor, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, f"Development action added for {successor.membership.display_name}.")
            return _back_to_role(program, role, f"successor-{successor.pk}")
    return _role_page(request, program, role, per_successor={("action", successor.pk): form})


@program_view()
@require_POST
def development_action_done(request: HttpRequest, program: Program, action_id: int) -> HttpResponse:
    """The coordinator, or the successor themself, marks a development action done."""
    user = acting_user(request)
    action = get_object_or_404(
        selectors.development_actions_visible_to(user)
        .filter(successor__key_role__program=program)
        .select_related("successor__membership", "successor__key_role__program"),
        pk=action_id,
    )
    try:
        services.complete_development_action(action, by=user)
    except ObjectDoesNotExist:
        raise Http404 from None
    messages.success(request, f"“{action.description}” marked done.")
    return _back_to_role(program, action.successor.key_role, f"successor-{action.successor_id}")


@program_view("manage_program")
@require_POST
def checklist_edit(request: HttpRequest, program: Program, role_id: int) -> HttpResponse:
    role = _visible_role(request, program, role_id)
    form = ChecklistForm(request.POST, prefix="checklist")
    if form.is_valid():
        try:
            services.set_checklist(role, by=acting_user(request), items=form.lines())
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Handover checklist saved.")
            return _back_to_role(program, role, "checklist")
    return _role_page(request, program, role, bound={"checklist": form})


@program_view("manage_program")
@require_POST
def handover_start(request: HttpRequest, program: Program, role_id: int) -> HttpResponse:
    role = _visible_role(request, program, role_id)
    form = HandoverForm(request.POST, program=program, prefix="handover")
    if form.is_valid():
        try:
            handover = services.start_handover(role, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(
                request, f"Handover of {role.name} to {handover.to_membership.display_name} started."
            )
            return redirect("handover-detail", program.pk, handover.pk)
    return _role_page(request, program, role, bound={"handover": form})


# --- Handovers ----------------------------------------------------------------------------------------


@program_view()
def handover_detail(request: HttpRequest, program: Program, handover_id: int) -> HttpResponse:
    """The handover's tasks as tick boxes, for coordinators and the two people in it."""
    user = acting_user(request)
    handover = get_object_or_404(
        selectors.handovers_visible_to(user)
        .filter(key_role__program=program)
        .select_related("key_role__program", "to_membership__user", "from_membership__user"),
        pk=handover_id,
    )
    tasks = list(handover.tasks.select_related("done_by"))
    if request.method == "POST":
        ticked = {value for value in request.POST.getlist("done") if value.isdigit()}
        # Only the boxes this person changed from what their page showed ("was_done_<id>"): a tick
        # someone else saved in the meantime stays.
        changes = {
            task.pk: str(task.pk) in ticked
            for task in tasks
            if (str(task.pk) in ticked) != (request.POST.get(f"was_done_{task.pk}") == "1")
        }
        try:
            services.tick_tasks(handover, by=user, changes=changes)
        except ObjectDoesNotExist:
            raise Http404 from None
        done_count = handover.tasks.filter(done_at__isnull=False).count()
        messages.success(request, f"Progress saved: {done_count} of {len(tasks)} done.")
        return redirect("handover-detail", program.pk, handover.pk)
    return render(
        request,
        "succession/handover.html",
        {
            "program": program,
            "handover": handover,
            "tasks": tasks,
            "done": sum(task.done_at is not None for task in tasks),
            "may_tick": services.may_tick(user, handover),
            "is_coordinator": holds(user, "manage_program", program),
        },
    )


@program_view("manage_program")
def key_role_edit(request: HttpRequest, program: Program, role_id: int) -> HttpResponse:
    """Rename or describe a key role, or remove it (with its holders, successors and handovers)."""
    role = _visible_role(request, program, role_id)
    form = KeyRoleEditForm(request.POST or None, initial={"name": role.name, "description": role.description})
    if request.method == "POST" and form.is_valid():
        try:
            role = services.update_key_role(role, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, f"“{role.name}” saved.")
            return redirect("key-role-detail", program.pk, role.pk)
    return render(
        request,
        "succession/key_role_form.html",
        {"program": program, "form": form, "role": role},
        status=400 if form.errors else 200,
    )


@program_view("manage_program")
@require_POST
def key_role_remove(request: HttpRequest, program: Program, role_id: int) -> HttpResponse:
    role = _visible_role(request, program, role_id)
    services.remove_key_role(role, by=acting_user(request))
    messages.success(request, f"“{role.name}” removed.")
    return redirect("key-roles", program.pk)


@program_view("manage_program")
@require_POST
def holder_term(request: HttpRequest, program: Program, role_id: int, holder_id: int) -> HttpResponse:
    """Change a current holder's term."""
    role = _visible_role(request, program, role_id)
    holder: KeyRoleHolder = get_object_or_404(
        selectors.holders_visible_to(acting_user(request))
        .filter(key_role=role, ended_on__isnull=True)
        .select_related("key_role__program", "membership__user"),
        pk=holder_id,
    )
    form = TermForm(request.POST, prefix=f"t{holder.pk}")
    if form.is_valid():
        try:
            services.update_holder(holder, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, f"{holder.membership.display_name}'s term saved.")
            return _back_to_role(program, role, "holders")
    return _role_page(request, program, role, per_successor={("term", holder.pk): form})


# --- Knowledge base -----------------------------------------------------------------------------------


@program_view()
def document_list(request: HttpRequest, program: Program) -> HttpResponse:
    _program_worker(request, program)
    user = acting_user(request)
    documents = (
        selectors.documents_visible_to(user)
        .filter(program=program)
        .select_related("owner__user")
        .annotate(latest=Max("versions__number"), updated_at=Max("versions__uploaded_at"))
        .order_by("title")
    )
    return render(
        request,
        "succession/documents.html",
        {
            "program": program,
            "documents": documents,
            "stale_before": continuity.stale_before(program.today()),
            "is_coordinator": holds(user, "manage_program", program),
        },
    )


@program_view("manage_program")
def document_new(request: HttpRequest, program: Program) -> HttpResponse:
    form = DocumentForm(request.POST or None, request.FILES or None, program=program)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            document = services.add_document(
                program,
                by=acting_user(request),
                title=data["title"],
                kind=data["kind"],
                owner=data["owner"],
                upload=services.Upload.received(data["file"]),
                last_reviewed_on=data["last_reviewed_on"],
                note=data["note"],
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, f"“{document.title}” added to the knowledge base.")
            return redirect("document-detail", program.pk, document.pk)
    return render(
        request,
        "succession/document_form.html",
        {"program": program, "form": form},
        status=400 if form.errors else 200,
    )


def _visible_document(request: HttpRequest, program: Program, document_id: int) -> Document:
    return get_object_or_404(
        selectors.documents_visible_to(acting_user(request))
        .filter(program=program)
        .select_related("owner__user", "program"),
        pk=document_id,
    )


def _document_page(
    request: HttpRequest,
    program: Program,
    document: Document,
    version_form: VersionForm | None = None,
    reviewed_form: ReviewedForm | None = None,
    edit_form: DocumentEditForm | None = None,
) -> HttpResponse:
    user = acting_user(request)
    versions = (
        selectors.document_versions_visible_to(user)
        .filter(document=document)
        .defer("content")
        .select_related("uploaded_by")
    )
    return render(
        request,
        "succession/document.html",
        {
            "program": program,
            "document": document,
            "versions": versions,
            "stale": document.last_reviewed_on < continuity.stale_before(program.today()),
            "may_revise": services.may_revise(user, document),
            "version_form": version_form or VersionForm(),
            "reviewed_form": reviewed_form or ReviewedForm(prefix="reviewed"),
            "is_coordinator": holds(user, "manage_program", program),
            "edit_form": edit_form
            or DocumentEditForm(
                program=program,
                prefix="edit",
                initial={"title": document.title, "kind": document.kind, "owner": document.owner_id},
            ),
        },
        status=400 if version_form or reviewed_form or edit_form else 200,
    )


@program_view()
def document_detail(request: HttpRequest, program: Program, document_id: int) -> HttpResponse:
    """The document's facts and every version, each downloadable."""
    return _document_page(request, program, _visible_document(request, program, document_id))


@program_view()
@require_POST
def document_version_add(request: HttpRequest, program: Program, document_id: int) -> HttpResponse:
    """A new version from the owner or a coordinator; the earlier ones stay."""
    document = _visible_document(request, program, document_id)
    form = VersionForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            version = services.add_version(
                document,
                by=acting_user(request),
                upload=services.Upload.received(form.cleaned_data["file"]),
                note=form.cleaned_data["note"],
            )
        except ObjectDoesNotExist:
            raise Http404 from None
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(
                request, f"Version {version.number} uploaded; the document counts as reviewed today."
            )
            return redirect("document-detail", program.pk, document.pk)
    return _document_page(request, program, document, version_form=form)


@program_view()
@require_POST
def document_reviewed(request: HttpRequest, program: Program, document_id: int) -> HttpResponse:
    document = _visible_document(request, program, document_id)
    form = ReviewedForm(request.POST, prefix="reviewed")
    if form.is_valid():
        try:
            services.mark_reviewed(
                document, by=acting_user(request), on=form.cleaned_data["last_reviewed_on"]
            )
        except ObjectDoesNotExist:
            raise Http404 from None
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, f"“{document.title}” marked reviewed.")
            return redirect("document-detail", program.pk, document.pk)
    return _document_page(request, program, document, reviewed_form=form)


@program_view()
def document_version_download(
    request: HttpRequest, program: Program, document_id: int, number: int
) -> HttpResponse:
    """One version's file, served only through the permission check (never from a public folder)."""
    version = get_object_or_404(
        selectors.document_versions_visible_to(acting_user(request)).filter(
            document__program=program, document_id=document_id
        ),
        number=number,
    )
    return attachment(bytes(version.content), content_type=version.content_type, filename=version.filename)


@program_view("manage_program")
@require_POST
def document_edit(request: HttpRequest, program: Program, document_id: int) -> HttpResponse:
    """Retitle a document, change its kind or hand it to another owner."""
    document = _visible_document(request, program, document_id)
    form = DocumentEditForm(request.POST, program=program, prefix="edit")
    if form.is_valid():
        try:
            document = services.update_document(document, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, f"“{document.title}” saved.")
            return redirect("document-detail", program.pk, document.pk)
    return _document_page(request, program, document, edit_form=form)
