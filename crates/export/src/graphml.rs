//! GraphML (graphml.graphdrawing.org): one node per entity, one directed edge per fact that has an
//! object, each with its relation, polarity, attribution, dates, evidence and article. Gephi,
//! yEd, Cytoscape and networkx read it.

use std::io::Write;

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

use crate::model::ExportModel;
use crate::xml::{clean, edge_values, edges, node_values, EDGE_ATTRS, NODE_ATTRS};
use crate::Result;

const NS: &str = "http://graphml.graphdrawing.org/xmlns";
const SCHEMA: &str =
    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

pub fn write<W: Write>(m: &ExportModel, out: W) -> Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("graphml")
        .with_attributes([
            ("xmlns", NS),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", SCHEMA),
        ])
        .write_inner_content(|w| {
            // `label` first: Gephi and yEd show it as the node's name.
            w.create_element("key")
                .with_attributes([
                    ("id", "label"),
                    ("for", "node"),
                    ("attr.name", "label"),
                    ("attr.type", "string"),
                ])
                .write_empty()?;
            for (scope, attrs) in [("node", NODE_ATTRS), ("edge", EDGE_ATTRS)] {
                for (name, ty) in attrs {
                    // Edge keys are prefixed: GraphML key ids share one namespace.
                    let id = if scope == "edge" { format!("e_{name}") } else { name.to_string() };
                    w.create_element("key")
                        .with_attributes([
                            ("id", id.as_str()),
                            ("for", scope),
                            ("attr.name", name),
                            ("attr.type", ty.graphml()),
                        ])
                        .write_empty()?;
                }
            }
            w.create_element("graph")
                .with_attributes([("id", "allegiance"), ("edgedefault", "directed")])
                .write_inner_content(|w| {
                    for e in &m.entities {
                        w.create_element("node")
                            .with_attribute(("id", e.id.as_str()))
                            .write_inner_content(|w| {
                                data(w, "label", &e.row.name)?;
                                for ((name, _), value) in NODE_ATTRS.iter().zip(node_values(e)) {
                                    if let Some(v) = value {
                                        data(w, name, &v)?;
                                    }
                                }
                                Ok(())
                            })?;
                    }
                    for (f, s, o) in edges(m) {
                        w.create_element("edge")
                            .with_attributes([
                                ("id", f.id.as_str()),
                                ("source", s.id.as_str()),
                                ("target", o.id.as_str()),
                            ])
                            .write_inner_content(|w| {
                                for ((name, _), value) in EDGE_ATTRS.iter().zip(edge_values(m, f)) {
                                    if let Some(v) = value {
                                        data(w, &format!("e_{name}"), &v)?;
                                    }
                                }
                                Ok(())
                            })?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    let mut out = w.into_inner();
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

fn data<W: Write>(w: &mut Writer<W>, key: &str, value: &str) -> std::io::Result<()> {
    w.create_element("data")
        .with_attribute(("key", key))
        .write_text_content(BytesText::new(&clean(value)))?;
    Ok(())
}
