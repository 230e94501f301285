// learner: optimal
// idiom: beginner-style `loop`s with manual index arithmetic; char width from u8::leading_ones, each char's bytes flipped with an explicit swap loop, then the whole buffer swapped end to end
//! Reverse a UTF-8 string in place: see README.md.

fn width_of(lead: u8) -> usize {
    match lead.leading_ones() {
        0 => 1,
        n => n as usize,
    }
}

fn flip(bytes: &mut [u8], mut left: usize, mut right: usize) {
    // right is inclusive
    loop {
        if left >= right {
            break;
        }
        bytes.swap(left, right);
        left += 1;
        right -= 1;
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
///
/// Must run in O(n) time with O(1) extra space: no second String or Vec.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    let total = bytes.len();
    if total == 0 {
        *s = String::new();
        return;
    }

    // pass 1: flip the bytes of every multi-byte char
    let mut at = 0;
    loop {
        if at >= total {
            break;
        }
        let w = width_of(bytes[at]);
        if w > 1 {
            flip(&mut bytes, at, at + w - 1);
        }
        at += w;
    }

    // pass 2: flip everything
    flip(&mut bytes, 0, total - 1);

    let back = String::from_utf8(bytes);
    match back {
        Ok(text) => *s = text,
        Err(_) => unreachable!("reversing whole chars keeps UTF-8 valid"),
    }
}
