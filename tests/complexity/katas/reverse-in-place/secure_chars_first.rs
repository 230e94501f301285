// learner: optimal
// idiom: security-minded: fix each char's bytes first (reverse each multi-byte char via char_indices-free byte walk using utf8 lead-byte width), then slice::reverse; validated round-trip with error handling, no unwrap
fn utf8_width(lead: u8) -> Option<usize> {
    match lead {
        0x00..=0x7F => Some(1),
        0xC2..=0xDF => Some(2),
        0xE0..=0xEF => Some(3),
        0xF0..=0xF4 => Some(4),
        _ => None,
    }
}

pub fn reverse_in_place(s: &mut String) {
    if s.len() < 2 {
        return;
    }
    let mut bytes = std::mem::take(s).into_bytes();
    let len = bytes.len();
    let mut pos = 0usize;
    while pos < len {
        let Some(width) = utf8_width(bytes[pos]) else {
            // cannot happen for a valid String; bail out without corrupting anything further
            break;
        };
        let Some(end) = pos.checked_add(width) else {
            break;
        };
        if end > len {
            break;
        }
        if width > 1 {
            bytes[pos..end].reverse();
        }
        pos = end;
    }
    bytes.reverse();
    match String::from_utf8(bytes) {
        Ok(text) => *s = text,
        Err(err) => {
            // Should be unreachable; restore the original bytes rather than lose data.
            let mut raw = err.into_bytes();
            raw.reverse();
            *s = String::from_utf8_lossy(&raw).into_owned();
        }
    }
}
