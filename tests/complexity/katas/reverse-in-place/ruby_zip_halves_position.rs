// learner: optimal
// idiom: Ruby-style helpers: flip slices by zipping one half with the other half's iter_mut().rev(), then walk char runs found with position()
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses a slice by pairing its front half with its back half, mirrored.
fn flip(slice: &mut [u8]) {
    let half = slice.len() / 2;
    let (front, back) = slice.split_at_mut(slice.len() - half);
    front
        .iter_mut()
        .zip(back.iter_mut().rev())
        .for_each(|(a, b)| std::mem::swap(a, b));
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    flip(&mut bytes);
    let mut start = 0;
    while let Some(offset) = bytes[start..].iter().position(|&b| b & 0xC0 != 0x80) {
        let end = start + offset + 1;
        flip(&mut bytes[start..end]);
        start = end;
    }
    *s = String::from_utf8(bytes).unwrap_or_default();
}
