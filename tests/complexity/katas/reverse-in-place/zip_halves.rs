// learner: optimal
// idiom: iterator style, split_at_mut halves swapped via iter_mut().zip(..rev()), fix-up with position() on slices
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::replace(s, String::new()).into_bytes();
    {
        let half = bytes.len() / 2;
        let (left, right) = bytes.split_at_mut(half);
        for (x, y) in left.iter_mut().zip(right.iter_mut().rev()) {
            std::mem::swap(x, y);
        }
    }
    let mut rest: &mut [u8] = &mut bytes;
    while !rest.is_empty() {
        // after the full reversal a char reads as its continuation bytes, then its lead byte
        let lead = rest.iter().position(|&b| (b as i8) >= -64).unwrap_or(rest.len() - 1);
        let (chunk, tail) = rest.split_at_mut(lead + 1);
        chunk.reverse();
        rest = tail;
    }
    *s = String::from_utf8(bytes).unwrap();
}
