"""What an output layer records about the run that made it (Layer Properties ▸ Metadata, custom properties).

The metadata's abstract names the service, options, region (its name and data item), the price charged (a grouped
run's share), the organisation, the process and execution, the data date of a scheduled run and the times; its links
lead back to the run (the Executions panel, the Browser; ``fusion-platform://`` addresses the plugin opens, see
gui/run_details.py). The custom properties keep the same as values: "Run again" reads the options and service, "Run
details…" and "Compare with…" read the whole ``run_facts`` JSON (:mod:`.run_facts`).
"""

from __future__ import annotations

import json
from typing import Any, Optional

from qgis.core import QgsAbstractMetadataBase, QgsLayerMetadata, QgsMapLayer

from ..words.i18n import format_amount, format_datetime, tr
from .run_facts import build_facts, fact_rows, facts_json, links, load_facts, options_text

PROPERTY = "fusion_platform/"
FACTS_PROPERTY = PROPERTY + "run_facts"  # the run's facts as JSON (run_facts.facts_json), read by layer_facts


def record_provenance(
    layer: QgsMapLayer,
    *,
    service: str,
    options: Any,
    process: dict,
    execution: dict,
    extra: str = "",
    context: Optional[dict] = None,
    data_date: Optional[str] = None,
) -> None:
    """Record where the layer came from in its metadata and custom properties."""
    facts = build_facts(
        service=service, process=process, execution=execution, options=options, context=context, data_date=data_date
    )
    option_text = options_text(facts)
    metadata = QgsLayerMetadata()
    metadata.setIdentifier(str(execution.get("id")))
    metadata.setTitle(layer.name())
    metadata.setType("dataset")
    lines = [tr("Produced by the Fusion Platform.")]
    lines += [
        f"{label}: {value}"
        for label, value in fact_rows(facts, tr, lambda value: format_datetime(value, long=True), format_amount)
    ]
    if extra:
        lines.append(extra)
    metadata.setAbstract("\n".join(lines))
    metadata.addKeywords("Fusion Platform service", [str(service)])
    metadata.addKeywords("Fusion Platform process", [str(process.get("name")), str(process.get("id"))])
    metadata.addKeywords("Fusion Platform execution", [str(execution.get("id"))])
    if option_text:
        metadata.addKeywords("Fusion Platform options", [option_text])
    if facts.get("organisation_name"):
        metadata.addKeywords("Fusion Platform organisation", [facts["organisation_name"]])
    for name, url in links(facts, tr):
        link = QgsAbstractMetadataBase.Link(name, "WWW:LINK", url)
        link.description = name
        metadata.addLink(link)
    metadata.setHistory([f"{execution.get('started_at')} {service} execution {execution.get('id')}"])
    layer.setMetadata(metadata)
    for key, value in (
        ("service", service),
        ("process_id", process.get("id")),
        ("process_name", process.get("name")),
        ("execution_id", execution.get("id")),
        ("started_at", execution.get("started_at")),
        ("options", option_text),
    ):
        layer.setCustomProperty(PROPERTY + key, str(value or ""))
    # The same options as values by name (what "Run again" fills the process editor with) and the service's id.
    layer.setCustomProperty(PROPERTY + "options_json", json.dumps(facts["options"], default=str))
    layer.setCustomProperty(PROPERTY + "service_id", str(process.get("service_id") or ""))
    layer.setCustomProperty(FACTS_PROPERTY, facts_json(facts))


def layer_facts(layer: Optional[QgsMapLayer]) -> dict:
    """The run facts an output layer recorded (empty for other layers, and for outputs loaded before they existed)."""
    return load_facts(layer.customProperty(FACTS_PROPERTY, "")) if layer is not None else {}
