// learner: optimal
// idiom: terse expert: reverse each char's bytes first (width from leading_ones), then swap the halves with split_at_mut + iter_mut().zip(rev)
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    let mut at = 0;
    while let Some(&lead) = buf.get(at) {
        let w = (lead.leading_ones() as usize).max(1);
        buf[at..at + w].reverse();
        at += w;
    }
    let mid = buf.len() / 2;
    let (lo, hi) = buf.split_at_mut(mid);
    lo.iter_mut().zip(hi.iter_mut().rev()).for_each(|(a, b)| std::mem::swap(a, b));
    *s = String::from_utf8(buf).expect("still UTF-8");
}
