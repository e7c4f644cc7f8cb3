//! FollowTheMoney entities as JSON Lines (`{"id", "schema", "properties"}` per line), the format
//! Aleph, `ftm` and OpenSanctions' tooling load.
//!
//! Entities: a group is an `Organization`, a person a `Person`, a public body (state, agency,
//! international organisation, government) a `PublicBody`, any other body an `Organization`, a place
//! an `Address` with its coordinates and country; each article is an `Article`. Facts become the
//! link schemata that fit them: `Membership` for member_of, leader_of, founder_of (role `member`,
//! `leader`, `founder`) and branch_of (role `branch`: the branch belongs to its parent);
//! `Succession` for renamed and merged_into (the old name or the absorbed group precedes);
//! `Sanction` for designated (authority: the designating state or body); `Event` for attacks
//! (organizer: the group; place: the target); `Note` for strength estimates; `UnknownLink` with a
//! role for the rest (pledge, splinter_of, ally_of, rival_of, presence) and for any fact whose
//! two sides do not fit the schema's ranges (a person "leading" a person). Every link carries the
//! evidence sentence (`summary`), the polarity (`status`: asserted, hedged, denied), who the
//! article attributes it to (`description`), its dates and the article it was read from (`proof`,
//! `sourceUrl`, `publisher`).
//!
//! Values are written already cleaned the way followthemoney cleans them (NFC, unsafe characters
//! removed, names with spaces squashed, lower-case country codes, ISO dates), so that loading and
//! re-cleaning an entity changes nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::model::{ExportModel, ModelEntity, ModelFact};
use crate::time;
use crate::Result;
use allegiance_model::{EntityKind, FactType, PartialDate, Polarity};

/// The FollowTheMoney schema of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Schema {
    Organization,
    PublicBody,
    Person,
    Address,
}

impl Schema {
    fn of(e: &ModelEntity) -> Schema {
        match e.row.kind {
            EntityKind::Person => Schema::Person,
            EntityKind::Place => Schema::Address,
            EntityKind::Body
                if matches!(
                    e.subkind.as_deref(),
                    Some("state" | "agency" | "igo" | "government")
                ) =>
            {
                Schema::PublicBody
            }
            _ => Schema::Organization,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Schema::Organization => "Organization",
            Schema::PublicBody => "PublicBody",
            Schema::Person => "Person",
            Schema::Address => "Address",
        }
    }

    /// May stand where the model asks for a `LegalEntity` (member, predecessor, organizer).
    fn is_legal_entity(self) -> bool {
        !matches!(self, Schema::Address)
    }

    /// May stand where the model asks for an `Organization` (a membership's organization).
    fn is_organization(self) -> bool {
        matches!(self, Schema::Organization | Schema::PublicBody)
    }
}

/// One line of output. Properties are sorted by name, values kept in insertion order.
#[derive(Debug, Serialize)]
struct FtmEntity<'a> {
    id: &'a str,
    schema: &'a str,
    properties: BTreeMap<&'static str, Vec<String>>,
    /// The ids this entity had before an analyst merged others into it (OpenSanctions'
    /// `referents`: the ids a resolver folded into this one).
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    referents: &'a [String],
}

struct Props(BTreeMap<&'static str, Vec<String>>);

impl Props {
    fn new() -> Props {
        Props(BTreeMap::new())
    }

    fn push(&mut self, prop: &'static str, value: Option<String>) {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            let values = self.0.entry(prop).or_default();
            if !values.contains(&v) {
                values.push(v);
            }
        }
    }

    fn name(&mut self, prop: &'static str, v: &str) {
        self.push(prop, clean_name(v));
    }

    fn string(&mut self, prop: &'static str, v: &str) {
        self.push(prop, clean_limited(v, 1024));
    }

    fn text(&mut self, prop: &'static str, v: &str) {
        self.push(prop, clean_limited(v, 65_000));
    }

    /// A date at its own precision (`2014`, `2014-04`, `2014-04-14`): FollowTheMoney's date type.
    fn date(&mut self, prop: &'static str, v: Option<PartialDate>) {
        self.push(prop, v.map(|d| d.to_string()));
    }

    fn entity(&mut self, prop: &'static str, id: &str) {
        self.push(prop, Some(id.to_string()));
    }
}

/// What followthemoney's `sanitize_text` does to every value: NFC, space-like characters made
/// plain spaces, control and invisible formatting characters deleted, trimmed.
fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfc() {
        match c as u32 {
            0x2000..=0x200A | 0x2028 | 0x2029 | 0x0A00 | 0x1680 | 0x202F | 0x205F | 0x3000 => {
                out.push(' ')
            }
            0x00..=0x08
            | 0x0B
            | 0x0C
            | 0x0E..=0x1F
            | 0x7F..=0x9F
            | 0x200B..=0x200F
            | 0x061C
            | 0x2060..=0x2064
            | 0x00AD
            | 0xFEFF => {}
            _ => out.push(c),
        }
    }
    out.trim().to_string()
}

fn truncate(s: String, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s;
    }
    s.chars().take(max_chars).collect::<String>().trim_end().to_string()
}

fn clean_limited(s: &str, max_chars: usize) -> Option<String> {
    Some(truncate(sanitize(s), max_chars)).filter(|s| !s.is_empty())
}

/// The name type's cleaning on top: surrounding quotes dropped, whitespace runs squashed to one
/// space; at most 384 characters.
fn clean_name(s: &str) -> Option<String> {
    let s = sanitize(s);
    let quoted = s.len() >= 2
        && matches!(s.as_bytes()[0], b'"' | b'\'')
        && matches!(s.as_bytes()[s.len() - 1], b'"' | b'\'')
        && !s.contains('\n');
    let s = if quoted { &s[1..s.len() - 1] } else { s.as_str() };
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c as u32, 0x200B | 0x200C | 0x200D | 0xFEFF | 0x00AD | 0x2060..=0x2064) {
            continue;
        }
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    let out = truncate(out.trim_matches(' ').to_string(), 384);
    Some(out.trim_matches(' ').to_string()).filter(|s| !s.is_empty())
}

/// ISO 3166-1 codes withdrawn from the standard (ISO 3166-3) that GeoNames still lists for
/// historical countries ("AN" Netherlands Antilles, "CS" Serbia and Montenegro, ...).
/// followthemoney rejects some and maps others to different countries, so they are left out.
const WITHDRAWN: &[&str] = &["AN", "BU", "CS", "DD", "NT", "TP", "YD", "YU", "ZR"];

/// followthemoney's form of a country code (lower case); none for a withdrawn code.
fn country(code: &str) -> Option<String> {
    let upper = code.to_ascii_uppercase();
    (!WITHDRAWN.contains(&upper.as_str())).then(|| code.to_ascii_lowercase())
}

fn url(u: &str) -> Option<String> {
    let u = u.trim();
    (u.starts_with("http://") || u.starts_with("https://"))
        .then(|| u.to_string())
        .filter(|u| !u.chars().any(char::is_whitespace))
}

/// Writes every entity, article and fact; returns nothing but the lines.
pub fn write<W: Write>(m: &ExportModel, out: W) -> Result<()> {
    let mut out = std::io::BufWriter::new(out);
    let schemas: Vec<Schema> = m.entities.iter().map(Schema::of).collect();
    let countries = presence_countries(m);
    for (i, e) in m.entities.iter().enumerate() {
        let mut p = Props::new();
        p.name("name", &e.row.name);
        match schemas[i] {
            Schema::Address => {
                p.push("full", clean_name(&e.row.name).map(|n| truncate(n, 250)));
                if let Some((lat, lon)) = e.coordinates() {
                    p.push("latitude", Some(number(lat)));
                    p.push("longitude", Some(number(lon)));
                }
                p.push("country", e.country.as_deref().and_then(country));
            }
            _ => {
                for a in e.aliases() {
                    p.name("alias", a);
                }
                for f in &e.former_names {
                    p.name("previousName", f);
                }
                p.push("country", e.country.as_deref().and_then(country));
                for c in countries.get(&i).into_iter().flatten() {
                    p.push("country", country(c));
                }
            }
        }
        line(&mut out, &e.id, schemas[i].name(), p, &e.former_ids)?;
    }
    for d in &m.documents {
        let mut p = Props::new();
        let h = &d.row.header;
        let title = h.title.as_deref().filter(|t| !t.trim().is_empty());
        p.name("name", title.unwrap_or(&h.doc));
        if let Some(t) = title {
            p.string("title", t);
        }
        p.date("publishedAt", h.published.as_deref().and_then(time::date));
        if let Some(pub_) = &h.publisher {
            p.string("publisher", pub_);
        }
        p.push("sourceUrl", h.url.as_deref().and_then(url));
        line(&mut out, &d.id, "Article", p, &[])?;
    }
    for f in &m.facts {
        let (schema, p) = link(m, &schemas, f);
        line(&mut out, &f.id, schema, p, &[])?;
    }
    out.flush()?;
    Ok(())
}

/// Countries of the places each entity is stated (and not denied, nor merely hedged) to be
/// present in: FollowTheMoney's `country` is any association with a country.
fn presence_countries(m: &ExportModel) -> BTreeMap<usize, BTreeSet<String>> {
    let mut out: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    for f in m
        .facts
        .iter()
        .filter(|f| f.row.fact_type == FactType::Presence && f.row.polarity == Polarity::Asserted)
    {
        if let Some(c) = m.object(f).and_then(|o| o.country.clone()) {
            out.entry(f.subject).or_default().insert(c);
        }
    }
    out
}

/// FollowTheMoney stores numbers as text; plain decimal notation, never exponents.
fn number(x: f64) -> String {
    let s = format!("{x:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

fn line<W: Write>(
    out: &mut W,
    id: &str,
    schema: &str,
    p: Props,
    referents: &[String],
) -> Result<()> {
    serde_json::to_writer(&mut *out, &FtmEntity { id, schema, properties: p.0, referents })?;
    out.write_all(b"\n")?;
    Ok(())
}

/// The schema and properties of one fact.
fn link(m: &ExportModel, schemas: &[Schema], f: &ModelFact) -> (&'static str, Props) {
    let s = m.subject(f);
    let o = m.object(f);
    let ss = schemas[f.subject];
    let os = f.object.map(|o| schemas[o]);
    let mut p = Props::new();
    let ty = f.row.fact_type;
    let schema = match (ty, o, os) {
        (
            FactType::MemberOf | FactType::LeaderOf | FactType::FounderOf | FactType::BranchOf,
            Some(o),
            Some(os),
        ) if ss.is_legal_entity() && os.is_organization() => {
            p.entity("member", &s.id);
            p.entity("organization", &o.id);
            p.string("role", ty.role());
            "Membership"
        }
        (FactType::Renamed | FactType::MergedInto, Some(o), Some(os))
            if ss.is_legal_entity() && os.is_legal_entity() =>
        {
            p.entity("predecessor", &s.id);
            p.entity("successor", &o.id);
            p.string("role", ty.role());
            "Succession"
        }
        (FactType::Designated, _, _) => {
            p.entity("entity", &s.id);
            if let Some(o) = o {
                p.string("authority", &o.row.name);
                p.push("country", o.country.as_deref().and_then(country));
            }
            p.string("program", "terrorist designation");
            "Sanction"
        }
        (FactType::Attack, _, _) if ss.is_legal_entity() => {
            let what = f
                .attack_what()
                .map(str::to_string)
                .unwrap_or_else(|| format!("attack by {}", s.row.name));
            p.name("name", &what);
            p.entity("organizer", &s.id);
            match (o, os) {
                (Some(o), Some(Schema::Address)) => {
                    p.entity("addressEntity", &o.id);
                    p.push("country", o.country.as_deref().and_then(country));
                }
                (Some(o), Some(os)) if os.is_legal_entity() => p.entity("involved", &o.id),
                _ => {}
            }
            "Event"
        }
        (FactType::Strength, _, _) => {
            p.entity("entity", &s.id);
            p.name("name", &strength_label(m, f));
            "Note"
        }
        (_, Some(o), _) => {
            p.entity("subject", &s.id);
            p.entity("object", &o.id);
            p.string("role", ty.role());
            "UnknownLink"
        }
        // An objectless fact of a relation (or an attack by a place): a note on its subject.
        (_, None, _) => {
            p.entity("entity", &s.id);
            p.name("name", ty.role());
            "Note"
        }
    };
    provenance(m, f, schema, &mut p);
    (schema, p)
}

/// "Strength: 4000-6000 hardcore fighters (Lake Chad Basin)".
fn strength_label(m: &ExportModel, f: &ModelFact) -> String {
    let num = |x: f64| {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            format!("{}", x as i64)
        } else {
            number(x)
        }
    };
    let amount = match f.strength() {
        Some(s) if s.min != s.max => format!("{}-{}", num(s.min), num(s.max)),
        Some(s) => num(s.min),
        None => String::new(),
    };
    let mut label = format!("Strength: {amount} {}", f.strength_unit().unwrap_or(""));
    if let Some(o) = m.object(f) {
        label.push_str(&format!(" ({})", o.row.name));
    }
    label
}

/// What every fact's entity carries: the evidence, polarity, attribution, dates and article.
/// Where the schema has no `status` (Event, Note) the polarity goes into the description, and
/// where it has no dates (Note) the time too.
fn provenance(m: &ExportModel, f: &ModelFact, schema: &str, p: &mut Props) {
    let d = &m.document(f).row.header;
    p.text("summary", &f.row.evidence.text);
    let mut description = Vec::new();
    if let Some(src) = &f.row.source {
        description.push(format!("according to {src}"));
    }
    if matches!(schema, "Membership" | "Succession" | "UnknownLink" | "Sanction") {
        p.string("status", f.row.polarity.as_str());
    } else {
        description.push(f.row.polarity.to_string());
    }
    if schema == "Note" {
        if let (Some(a), b) = (f.start(), f.end()) {
            description.push(match b {
                Some(b) if b != a => format!("{a} to {b}"),
                _ => a.to_string(),
            });
        }
    } else {
        p.date("startDate", f.start());
        p.date("endDate", f.end());
    }
    if !description.is_empty() {
        p.text("description", &description.join("; "));
    }
    p.entity("proof", &m.document(f).id);
    p.push("sourceUrl", d.url.as_deref().and_then(url));
    if let Some(pub_) = &d.publisher {
        p.string("publisher", pub_);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_cleaned_as_followthemoney_cleans_them() {
        assert_eq!(clean_name("  Jabhat\u{a0} al-Nusra\n"), Some("Jabhat al-Nusra".into()));
        assert_eq!(clean_name("\"The Base\""), Some("The Base".into()));
        assert_eq!(clean_name("e\u{301}"), Some("\u{e9}".into()));
        assert_eq!(clean_name("\u{200b}"), None);
        assert_eq!(sanitize("a\u{1}b\u{2028}c "), "ab c");
        assert_eq!(number(9.05785), "9.05785");
        assert_eq!(number(-3.0), "-3");
        assert_eq!(url("news.example/a"), None);
        assert_eq!(country("NG"), Some("ng".into()));
        assert_eq!(country("CS"), None, "Serbia and Montenegro's withdrawn code");
    }
}
