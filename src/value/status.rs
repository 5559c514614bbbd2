//! Conservation status: `Least Concern (IUCN 3.1)`, `Vulnerable`, `Secure (NatureServe)`, and
//! the codes a taxobox writes (`status = VU`, `status_system = IUCN3.1`).

use super::typed::ConservationStatus;

/// Category names of the IUCN Red List (3.1 and 2.3) and NatureServe, as a rendered box shows
/// them; a status is typed only when it is one of these.
const NAMES: &[&str] = &[
    "Extinct",
    "Extinct in the Wild",
    "Critically Endangered",
    "Endangered",
    "Vulnerable",
    "Near Threatened",
    "Least Concern",
    "Data Deficient",
    "Not Evaluated",
    "Conservation Dependent",
    "Lower Risk",
    "Lower Risk (conservation dependent)",
    "Lower Risk (near threatened)",
    "Lower Risk (least concern)",
    "Secure",
    "Apparently Secure",
    "Imperiled",
    "Critically Imperiled",
    "Possibly Extinct",
    "Presumed Extinct",
    "Domesticated",
];

/// `Least Concern (IUCN 3.1)`: the category and, in brackets, the system that assessed it.
pub fn parse(text: &str) -> Option<ConservationStatus> {
    let t = text.trim();
    let known = |s: &str| {
        NAMES
            .iter()
            .find(|n| n.eq_ignore_ascii_case(s.trim()))
            .copied()
    };
    if let Some(name) = known(t) {
        return Some(ConservationStatus {
            status: name.to_owned(),
            system: None,
        });
    }
    let inner = t.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let system = inner[open + 1..].trim();
    let name = known(&inner[..open])?;
    (!system.is_empty()).then(|| ConservationStatus {
        status: name.to_owned(),
        system: Some(system.to_owned()),
    })
}

/// A taxobox's `status` code read in its `status_system` (`VU`, `IUCN3.1`): the category name
/// and the system as a rendered box prints them (`Vulnerable`, `IUCN 3.1`).
pub fn from_code(code: &str, system: &str) -> Option<(&'static str, String)> {
    let sys = system.trim();
    let shown = match sys.to_ascii_lowercase().as_str() {
        "iucn3.1" | "iucn 3.1" => "IUCN 3.1".to_owned(),
        "iucn2.3" | "iucn 2.3" => "IUCN 2.3".to_owned(),
        "tnc" | "natureserve" => "NatureServe".to_owned(),
        _ => sys.to_owned(),
    };
    let code = code.trim().to_ascii_uppercase();
    let name = match (shown.as_str(), code.as_str()) {
        (_, "EX") => "Extinct",
        (_, "EW") => "Extinct in the Wild",
        (_, "CR") => "Critically Endangered",
        (_, "EN") => "Endangered",
        (_, "VU") => "Vulnerable",
        (_, "NT") => "Near Threatened",
        (_, "LC") => "Least Concern",
        (_, "DD") => "Data Deficient",
        (_, "NE") => "Not Evaluated",
        (_, "LR/CD" | "CD") => "Lower Risk (conservation dependent)",
        (_, "LR/NT") => "Lower Risk (near threatened)",
        (_, "LR/LC") => "Lower Risk (least concern)",
        (_, "DOM") => "Domesticated",
        ("NatureServe", "G5" | "T5" | "N5" | "S5") => "Secure",
        ("NatureServe", "G4" | "T4" | "N4" | "S4") => "Apparently Secure",
        ("NatureServe", "G3" | "T3" | "N3" | "S3") => "Vulnerable",
        ("NatureServe", "G2" | "T2" | "N2" | "S2") => "Imperiled",
        ("NatureServe", "G1" | "T1" | "N1" | "S1") => "Critically Imperiled",
        ("NatureServe", "GH" | "TH") => "Possibly Extinct",
        ("NatureServe", "GX" | "TX") => "Presumed Extinct",
        _ => return None,
    };
    Some((name, shown))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(String, Option<String>)> {
        parse(s).map(|c| (c.status, c.system))
    }

    #[test]
    fn statuses() {
        assert_eq!(
            read("Least Concern (IUCN 3.1)"),
            Some(("Least Concern".into(), Some("IUCN 3.1".into())))
        );
        assert_eq!(read("vulnerable"), Some(("Vulnerable".into(), None)));
        assert_eq!(
            read("Lower Risk (conservation dependent) (IUCN 2.3)"),
            Some((
                "Lower Risk (conservation dependent)".into(),
                Some("IUCN 2.3".into())
            ))
        );
        // not a category: no guess
        for s in [
            "Common",
            "Least Concern ()",
            "Endangered species act",
            "(IUCN 3.1)",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
        assert_eq!(
            from_code("VU", "IUCN3.1"),
            Some(("Vulnerable", "IUCN 3.1".into()))
        );
        assert_eq!(
            from_code("G4", "TNC"),
            Some(("Apparently Secure", "NatureServe".into()))
        );
        assert_eq!(from_code("XX", "IUCN3.1"), None);
    }
}
