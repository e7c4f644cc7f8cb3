//! JSON objects as table rows: nested objects flattened into dotted columns, values as text.

/// Flattens a JSON object into (column, text) pairs for tables and CSV: nested objects become
/// dotted columns (`evidence.text`), arrays are joined with "; ", null is empty. A `when` object
/// reads as `start–end`.
pub fn flatten(value: &serde_json::Value) -> Vec<(String, String)> {
    fn walk(prefix: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
        use serde_json::Value;
        match v {
            Value::Object(map)
                if prefix.ends_with("when") && map.keys().all(|k| k == "start" || k == "end") =>
            {
                let start = map.get("start").map(scalar).unwrap_or_default();
                let end = map.get("end").map(scalar).unwrap_or_default();
                let text = match (start.is_empty(), end.is_empty()) {
                    (true, true) => String::new(),
                    (false, true) => start,
                    _ => format!("{start}–{end}"),
                };
                out.push((prefix.to_string(), text));
            }
            Value::Object(map) if !map.is_empty() => {
                for (k, v) in map {
                    let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                    walk(&key, v, out);
                }
            }
            other => out.push((prefix.to_string(), scalar(other))),
        }
    }
    let mut out = Vec::new();
    walk("", value, &mut out);
    out
}

/// A JSON value as table text.
pub fn scalar(v: &serde_json::Value) -> String {
    use serde_json::Value;
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join("; "),
        Value::Object(map) if map.is_empty() => String::new(),
        Value::Object(map) => {
            map.iter().map(|(k, v)| format!("{k}={}", scalar(v))).collect::<Vec<_>>().join(", ")
        }
        other => other.to_string(),
    }
}

/// A table from JSON objects: `preferred` columns first (those present), then any others in
/// first-seen order, leaving out `hidden` ones.
pub fn table_from_objects(
    rows: &[serde_json::Value],
    preferred: &[&str],
    hidden: &[&str],
) -> (Vec<String>, Vec<Vec<String>>) {
    let flat: Vec<Vec<(String, String)>> = rows.iter().map(flatten).collect();
    let mut columns: Vec<String> = Vec::new();
    for p in preferred {
        if flat.iter().any(|r| r.iter().any(|(k, _)| k == p)) {
            columns.push(p.to_string());
        }
    }
    for row in &flat {
        for (k, _) in row {
            if !columns.contains(k) && !hidden.contains(&k.as_str()) && !k.is_empty() {
                columns.push(k.clone());
            }
        }
    }
    let cells = flat
        .iter()
        .map(|row| {
            columns
                .iter()
                .map(|c| {
                    row.iter().find(|(k, _)| k == c).map(|(_, v)| v.clone()).unwrap_or_default()
                })
                .collect()
        })
        .collect();
    (columns, cells)
}
