"""The scale database of issue 9: 50 versions x 1,000 paragraphs in six languages, 193 parties,
50,000 positions, 5,000 inputs, built once through the real import and cached.

Versions are imported with ``import_file`` (segmentation, census, lineage, search index all
real); positions, inputs and commitments are bulk-inserted rows shaped as the services write
them (one service call each would take minutes and measure nothing the views read).
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import time
from pathlib import Path

PARAGRAPHS = 1000
PREAMBULAR = 80
ENGLISH_VERSIONS = 25
OTHER_VERSIONS = 5  # for each of fr, es, ru, ar, zh
POSITIONS = 50_000
INPUTS = 5_000
COMMITMENTS = 500
MAIN_DOCUMENT = "A/80/L.SCALE"
OUT = Path(__file__).resolve().parent / "out" / "scale"

VOCABULARY = {
    "en": (
        "Recalling|Reaffirming|Recognizing|Noting with concern|Welcoming",
        "Decides|Requests|Calls upon|Encourages|Invites|Urges|Takes note of",
        "digital cooperation|development|the digital divide|the information society|governance|"
        "inclusive|capacity-building|technology transfer|financing|human rights|gender equality|"
        "data|artificial intelligence|implementation|review|follow-up|national|regional|"
        "international|the private sector|civil society|academia|infrastructure|affordable|"
        "meaningful connectivity|skills|security|trust|resilience|Internet governance|"
        "multistakeholder|the technical community|open source|public libraries|broadband",
    ),
    "fr": (
        "Rappelant|Réaffirmant|Reconnaissant|Notant avec préoccupation|Se félicitant de",
        "Décide|Prie|Demande|Encourage|Invite|Exhorte|Prend note de",
        "la coopération numérique|le développement|la fracture numérique|la société de "
        "l'information|la gouvernance|inclusif|le renforcement des capacités|le transfert de "
        "technologie|le financement|les droits de l'homme|l'égalité des sexes|les données|"
        "l'intelligence artificielle|la mise en œuvre|l'examen|le suivi|national|régional|"
        "international|le secteur privé|la société civile|les milieux universitaires|"
        "l'infrastructure|abordable|l'accès|les compétences|la sécurité|la confiance",
    ),
    "es": (
        "Recordando|Reafirmando|Reconociendo|Observando con preocupación|Acogiendo con beneplácito",
        "Decide|Solicita|Exhorta|Alienta|Invita|Insta|Toma nota de",
        "la cooperación digital|el desarrollo|la brecha digital|la sociedad de la información|"
        "la gobernanza|inclusivo|la creación de capacidad|la transferencia de tecnología|"
        "la financiación|los derechos humanos|la igualdad de género|los datos|la inteligencia "
        "artificial|la aplicación|el examen|el seguimiento|nacional|regional|internacional|"
        "el sector privado|la sociedad civil|el mundo académico|la infraestructura|asequible|"
        "el acceso|las competencias|la seguridad|la confianza|la resiliencia",
    ),
    "ru": (
        "Ссылаясь|Вновь подтверждая|Признавая|Отмечая с обеспокоенностью|Приветствуя",
        "Постановляет|Просит|Призывает|Рекомендует|Предлагает|Настоятельно призывает|"
        "Принимает к сведению",
        "цифровое сотрудничество|развитие|цифровой разрыв|информационное общество|управление|"
        "инклюзивный|наращивание потенциала|передача технологий|финансирование|права человека|"
        "гендерное равенство|данные|искусственный интеллект|осуществление|обзор|последующая "
        "деятельность|национальный|региональный|международный|частный сектор|гражданское "
        "общество|научные круги|инфраструктура|доступный|доступ|навыки|безопасность|доверие",
    ),
    "ar": (
        "إذ تشير|وإذ تؤكد من جديد|وإذ تسلّم|وإذ تلاحظ مع القلق|وإذ ترحب",
        "تقرر|تطلب|تهيب|تشجع|تدعو|تحث|تحيط علما",
        "التعاون الرقمي|التنمية|الفجوة الرقمية|مجتمع المعلومات|الحوكمة|الشامل|بناء القدرات|"
        "نقل التكنولوجيا|التمويل|حقوق الإنسان|المساواة بين الجنسين|البيانات|الذكاء الاصطناعي|"
        "التنفيذ|الاستعراض|المتابعة|الوطني|الإقليمي|الدولي|القطاع الخاص|المجتمع المدني|"
        "الأوساط الأكاديمية|البنية التحتية|الميسورة التكلفة|الوصول|المهارات|الأمن|الثقة",
    ),
    "zh": (
        "回顾|重申|认识到|关切地注意到|欢迎",
        "决定|请|吁请|鼓励|邀请|敦促|注意到",
        "数字合作|发展|数字鸿沟|信息社会|治理|包容性|能力建设|技术转让|筹资|人权|性别平等|"
        "数据|人工智能|执行|审查|后续行动|国家|区域|国际|私营部门|民间社会|学术界|基础设施|"
        "负担得起的|接入|技能|安全|信任|复原力",
    ),
}
TITLES = {
    "fr": "Projet de document final (fr)",
    "es": "Proyecto de documento final (es)",
    "ru": "Проект итогового документа (ru)",
    "ar": "مشروع الوثيقة الختامية (ar)",
    "zh": "成果文件草案 (zh)",
}
PARTIES = ("EU", "G77", "USA", "AOSIS", "LMDC", "AGN", "RUS", "GBR", "JPN", "CHN", "BRA", "IND")


def _words(lang: str) -> tuple[list[str], list[str], list[str]]:
    lead, verbs, words = VOCABULARY[lang]
    return lead.split("|"), verbs.split("|"), words.split("|")


def _clause(rng: random.Random, lang: str, n: int) -> str:
    words = _words(lang)[2]
    picked = [rng.choice(words) for _ in range(n)]
    if lang == "zh":
        return "".join(w + rng.choice(("", "", "的", "和", "，")) for w in picked).rstrip("，")
    joiners = {"en": " and ", "fr": " et ", "es": " y ", "ru": " и ", "ar": " و"}
    out = []
    for w in picked:
        out.append(w)
        comma = "، " if lang == "ar" else ", "
        out.append(joiners[lang] if rng.random() < 0.15 else (comma if rng.random() < 0.1 else " "))
    return "".join(out[:-1])


def _paragraph(rng: random.Random, lang: str, operative: bool) -> str:
    lead, verbs, _ = _words(lang)
    head = rng.choice(verbs if operative else lead)
    size = rng.randint(12, 22) if lang != "zh" else rng.randint(14, 26)
    body = _clause(rng, lang, size)
    if rng.random() < 0.3:  # a bracketed alternative, sometimes attributed
        alt = _clause(rng, lang, rng.randint(2, 5))
        who = f" - {rng.choice(PARTIES)}; {rng.choice(PARTIES)} delete" if lang == "en" else ""
        body += f" [{alt}{who}]"
    space = "" if lang == "zh" else " "
    end = ("；" if operative else "，") if lang == "zh" else (";" if operative else ",")
    return f"{head}{space}{body}{end}"


def _evolve(rng: random.Random, lang: str, paras: list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    """The next revision: ~3% reworded, ~0.5% dropped, ~0.5% inserted."""
    out: list[tuple[bool, str]] = []
    for operative, text in paras:
        roll = rng.random()
        if roll < 0.005 and len(out) > 2:
            continue
        if roll < 0.035:
            text = text[: len(text) // 2] + (" " if lang != "zh" else "") + _clause(rng, lang, 4)
            text += "；" if lang == "zh" else ";"
        out.append((operative, text))
        if rng.random() < 0.005:
            out.append((operative, _paragraph(rng, lang, operative)))
    return out


def _draft(lang: str, paras: list[tuple[bool, str]]) -> str:
    heads = {"en": "The General Assembly,", "fr": "L'Assemblée générale,",
             "es": "La Asamblea General,", "ru": "Генеральная Ассамблея,",
             "ar": "إن الجمعية العامة،", "zh": "大会，"}  # fmt: skip
    lines, number = [heads[lang]], 0
    for operative, text in paras:
        if operative:
            number += 1
            lines.append(f"{number}. {text}")
        else:
            lines.append(text)
    return "\n\n".join(lines) + "\n"


def drafts(lang: str, versions: int, seed: int) -> list[str]:
    """The successive drafts of one document, each about PARAGRAPHS paragraphs long."""
    rng = random.Random(seed)
    paras = [(n >= PREAMBULAR, _paragraph(rng, lang, n >= PREAMBULAR)) for n in range(PARAGRAPHS)]
    out = [_draft(lang, paras)]
    for _ in range(versions - 1):
        paras = _evolve(rng, lang, paras)[: PARAGRAPHS + 5]
        out.append(_draft(lang, paras))
    return out


def _key() -> str:
    """This file and the migration scripts: a new schema (index, table) means a new build."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    versions = Path(__file__).resolve().parents[1] / "wsis_desk" / "store" / "migrations"
    for script in sorted((versions / "versions").glob("*.py")):
        digest.update(script.read_bytes())
    return digest.hexdigest()[:12]


def _import_all(home: Path, work: Path) -> None:
    from wsis_desk.services.documents import import_file
    from wsis_desk.services.workspace import open_workspace

    ws = open_workspace(home)
    try:
        plan = [("en", MAIN_DOCUMENT, ENGLISH_VERSIONS, "WSIS+20 outcome (scale)")]
        plan += [(lang, TITLES[lang], OTHER_VERSIONS, TITLES[lang]) for lang in TITLES]
        for seed, (lang, doc, count, title) in enumerate(plan):
            for n, text in enumerate(drafts(lang, count, seed)):
                path = work / f"{lang}-{n}.txt"
                path.write_text(text, encoding="utf-8")
                label = "Zero draft" if n == 0 else f"Rev.{n}"
                symbol = doc if doc == MAIN_DOCUMENT else None
                import_file(ws, path, document=title, label=label, symbol=symbol)
                path.unlink()
    finally:
        ws.close()


def _records(home: Path) -> None:
    """Positions, inputs (with outcome history) and commitments on the English document."""
    from sqlalchemy import insert

    from wsis_desk.core.parties import PartyKind
    from wsis_desk.formats.parties_in import load_registry
    from wsis_desk.services.workspace import open_workspace
    from wsis_desk.store.orm import (
        CommitmentRow,
        InputDispositionRow,
        InputRow,
        ParagraphRow,
        PositionRow,
        VersionRow,
        new_id,
    )

    rng = random.Random(9)
    registry = load_registry()
    states = [p.code for p in registry if p.kind is PartyKind.STATE]
    groups = [p.code for p in registry if p.kind is PartyKind.STAKEHOLDER_GROUP]
    stances = ("support", "oppose", "amend", "reserve", "red_line", "flexible", "unknown")
    outcomes = ("pending", "reflected", "partially_reflected", "not_reflected", "withdrawn")
    ws = open_workspace(home)
    try:
        with ws.db.sessions.begin() as session:
            versions = (
                session.query(VersionRow)
                .filter(VersionRow.source_name.like("en-%"))
                .order_by(VersionRow.seq)
                .all()
            )
            doc_id, latest = versions[-1].document_id, versions[-1]
            lineages = [
                lin
                for (lin,) in session.query(ParagraphRow.lineage_id).filter_by(version_id=latest.id)
            ]
            stamp = {"hlc": "", "origin": "", "deleted": False}
            session.execute(
                insert(PositionRow),
                [
                    {"id": new_id(), "document_id": doc_id, "party_code": rng.choice(states),
                     "lineage_id": rng.choice(lineages), "stance": rng.choice(stances),
                     "wording": "", "source": "observed", "source_text": "", "anchor_text": "",
                     "recorded_at": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T10:{n % 60:02d}:00",
                     "updated_at": "2025-06-01T00:00:00", "note": "",
                     "version_id": rng.choice(versions).id, **stamp}
                    for n in range(POSITIONS)
                ],
            )  # fmt: skip
            inputs, history = [], []
            for n in range(INPUTS):
                iid, outcome = new_id(), rng.choice(outcomes)
                evidence = rng.random() < 0.4
                inputs.append(
                    {"id": iid, "document_id": doc_id, "submitter_code": rng.choice(states),
                     "submitter_name": "", "stakeholder_group": rng.choice(groups),
                     "submitted_on": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
                     "title": f"Input {n}: {_clause(rng, 'en', 4)}",
                     "text": _paragraph(rng, "en", True),
                     "targets_json": json.dumps(rng.sample(lineages, rng.randint(1, 3))),
                     "disposition": outcome, "reason": _clause(rng, "en", 6) if n % 2 else "",
                     "evidence_version_id": latest.id if evidence else None,
                     "evidence_lineage_id": rng.choice(lineages) if evidence else None,
                     "created_at": "2025-06-01T00:00:00", "updated_at": "2025-06-01T00:00:00",
                     **stamp}
                )  # fmt: skip
                if outcome != "pending":
                    history.append(
                        {"id": new_id(), "input_id": iid, "disposition": outcome,
                         "reason": "", "changed_by_site": "", "changed_by_person": "Desk",
                         "changed_at": f"2025-07-{1 + n % 28:02d}T09:00:00"}
                    )  # fmt: skip
            session.execute(insert(InputRow), inputs)
            session.execute(insert(InputDispositionRow), history)
            session.execute(
                insert(CommitmentRow),
                [
                    {"id": new_id(), "document_id": doc_id, "who_code": rng.choice(states),
                     "who_name": "", "what": _clause(rng, "en", 8),
                     "due_on": f"202{5 + n % 2}-{1 + n % 12:02d}-15",
                     "status": rng.choice(("open", "done", "dropped")),
                     "lineages_json": json.dumps(rng.sample(lineages, 2)), "note": "",
                     "created_at": "2025-06-01T00:00:00", "updated_at": "2025-06-01T00:00:00",
                     **stamp}
                    for n in range(COMMITMENTS)
                ],
            )  # fmt: skip
    finally:
        ws.close()


def scale_home() -> tuple[Path, str]:
    """The cached scale workspace (built first when missing or built by other code); says how."""
    marker = OUT / f"built-{_key()}.json"
    home = OUT / "home"
    if marker.is_file() and home.is_dir():
        info = json.loads(marker.read_text())
        return home, f"scale database reused ({info['seconds']:.0f} s to build, {OUT})"
    shutil.rmtree(OUT, ignore_errors=True)
    work = OUT / "work"
    work.mkdir(parents=True)
    start = time.perf_counter()
    _import_all(home, work)
    imported = time.perf_counter() - start
    _records(home)
    took = time.perf_counter() - start
    shutil.rmtree(work)
    marker.write_text(json.dumps({"seconds": took, "import_seconds": imported}))
    return home, f"scale database built in {took:.0f} s ({imported:.0f} s importing 50 versions)"
