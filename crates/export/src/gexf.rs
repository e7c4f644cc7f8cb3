//! GEXF 1.3 (gexf.net), Gephi's own format: the same nodes, edges and attributes as GraphML, plus
//! what Gephi does more with: each edge's `kind` is its relation (so a pledge and a leadership
//! between the same two nodes stay two edges) and its `start`/`end` days drive Gephi's timeline.

use std::io::Write;

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

use crate::model::ExportModel;
use crate::xml::{
    clean, edge_values, edges, gexf_end, gexf_start, node_values, EDGE_ATTRS, NODE_ATTRS,
};
use crate::Result;

const NS: &str = "http://gexf.net/1.3";
const SCHEMA: &str = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";

pub fn write<W: Write>(m: &ExportModel, out: W) -> Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("gexf")
        .with_attributes([("xmlns", NS), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"), ("xsi:schemaLocation", SCHEMA), ("version", "1.3")])
        .write_inner_content(|w| {
            w.create_element("meta").write_inner_content(|w| {
                w.create_element("creator").write_text_content(BytesText::new("allegiance"))?;
                w.create_element("description")
                    .write_text_content(BytesText::new("Armed groups, people, places and bodies; edges are facts read from news articles"))?;
                Ok(())
            })?;
            w.create_element("graph")
                .with_attributes([("defaultedgetype", "directed"), ("mode", "dynamic"), ("timeformat", "date"), ("timerepresentation", "interval")])
                .write_inner_content(|w| {
                    for (class, attrs) in [("node", NODE_ATTRS), ("edge", EDGE_ATTRS)] {
                        w.create_element("attributes").with_attributes([("class", class), ("mode", "static")]).write_inner_content(|w| {
                            for (name, ty) in attrs {
                                w.create_element("attribute").with_attributes([("id", *name), ("title", *name), ("type", ty.gexf())]).write_empty()?;
                            }
                            Ok(())
                        })?;
                    }
                    w.create_element("nodes").write_inner_content(|w| {
                        for e in &m.entities {
                            let name = clean(&e.row.name);
                            w.create_element("node").with_attributes([("id", e.id.as_str()), ("label", &name)]).write_inner_content(|w| {
                                attvalues(w, NODE_ATTRS, node_values(e))
                            })?;
                        }
                        Ok(())
                    })?;
                    w.create_element("edges").write_inner_content(|w| {
                        for (f, s, o) in edges(m) {
                            let start = gexf_start(f);
                            let end = gexf_end(f);
                            let mut el = w.create_element("edge").with_attributes([
                                ("id", f.id.as_str()),
                                ("source", s.id.as_str()),
                                ("target", o.id.as_str()),
                                ("kind", f.row.fact_type.as_str()),
                                ("label", f.row.fact_type.as_str()),
                            ]);
                            if let Some(start) = &start {
                                el = el.with_attribute(("start", start.as_str()));
                            }
                            if let Some(end) = &end {
                                el = el.with_attribute(("end", end.as_str()));
                            }
                            el.write_inner_content(|w| attvalues(w, EDGE_ATTRS, edge_values(m, f)))?;
                        }
                        Ok(())
                    })?;
                    Ok(())
                })?;
            Ok(())
        })?;
    let mut out = w.into_inner();
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

fn attvalues<W: Write>(
    w: &mut Writer<W>,
    attrs: &[(&str, crate::xml::AttrType)],
    values: Vec<Option<String>>,
) -> std::io::Result<()> {
    w.create_element("attvalues").write_inner_content(|w| {
        for ((name, _), value) in attrs.iter().zip(values) {
            if let Some(v) = value {
                w.create_element("attvalue")
                    .with_attributes([("for", *name), ("value", &clean(&v))])
                    .write_empty()?;
            }
        }
        Ok(())
    })?;
    Ok(())
}
