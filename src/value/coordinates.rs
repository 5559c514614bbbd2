//! Coordinates: `21°23′13″N 103°0′56″E`, `21.38694°N 103.01556°E`, `47.6395972; -122.12845`.
//!
//! Signed decimal degrees come out; south and west are negative. The first readable pair wins
//! (pages print the same position in several notations).

use super::typed::Coordinates;

/// Parse one angle with its hemisphere letter at the start of `s`.
fn angle(s: &str) -> Option<(f64, char, &str)> {
    let mut rest = s;
    let mut value = 0.0;
    let mut seen = false;
    for (mark, div) in [(['°', '°'], 1.0), (['′', '\''], 60.0), (['″', '"'], 3600.0)] {
        let n = rest
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.')
            .count();
        if n == 0 {
            break;
        }
        let Some(after) = rest[n..].strip_prefix(mark) else {
            break;
        };
        value += rest[..n].parse::<f64>().ok()? / div;
        seen = true;
        rest = after;
    }
    if !seen {
        return None;
    }
    let hemi = rest.chars().next()?;
    matches!(hemi, 'N' | 'S' | 'E' | 'W').then(|| (value, hemi, &rest[1..]))
}

/// The first coordinate pair in `s`.
pub fn find(s: &str) -> Option<Coordinates> {
    let starts = s.char_indices().filter(|(i, c)| {
        c.is_ascii_digit()
            && (*i == 0 || !s[..*i].ends_with(|p: char| p.is_ascii_digit() || p == '.'))
    });
    for (i, _) in starts {
        let Some((lat, h1, rest)) = angle(&s[i..]) else {
            continue;
        };
        let Some((lon, h2, _)) = angle(rest.trim_start()) else {
            continue;
        };
        if !matches!(h1, 'N' | 'S') || !matches!(h2, 'E' | 'W') || lat > 90.0 || lon > 180.0 {
            continue;
        }
        let lat = if h1 == 'S' { -lat } else { lat };
        let lon = if h2 == 'W' { -lon } else { lon };
        return Some(Coordinates { lat, lon });
    }
    None
}

/// The whole text is coordinates (one pair, or the same position in several notations
/// separated by `/`): nothing but angles, hemisphere letters and separators.
pub fn whole(s: &str) -> Option<Coordinates> {
    let only_angles = s
        .chars()
        .all(|c| c.is_ascii_digit() || " .°′″'\"NSEW/;,\u{a0}".contains(c));
    if only_angles {
        find(s)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs() {
        let c = find("21°23′13″N 103°0′56″E / 21.38694°N 103.01556°E").map(|c| (c.lat, c.lon));
        let (lat, lon) = c.unwrap_or_default();
        assert!((lat - 21.38694).abs() < 1e-3 && (lon - 103.01556).abs() < 1e-3);
        let w = find("Coordinates: 47°38′22.55″N 122°7′42.42″W")
            .map(|c| c.lon)
            .unwrap_or_default();
        assert!((w + 122.12845).abs() < 1e-3);
        assert!(find("no position here 12 N").is_none());
    }

    #[test]
    fn whole_texts() {
        let c = whole("38.297°N 142.373°E").map(|c| (c.lat, c.lon));
        assert_eq!(c, Some((38.297, 142.373)));
        assert!(whole("21°23′13″N 103°0′56″E / 21.38694°N 103.01556°E").is_some());
        assert!(whole("Near 38.297°N 142.373°E").is_none());
        assert!(whole("38.297°").is_none());
    }
}
