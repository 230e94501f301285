// learner: optimal
// idiom: competitive: split_at_mut halves swapped pairwise via zip with the reversed right half, then per-char fix with chunk_by_mut-free index scan
//! Reverse a string in place.

pub fn reverse_in_place(s: &mut String) {
    let mut b = std::mem::take(s).into_bytes();
    let n = b.len();
    {
        let (l, r) = b.split_at_mut(n / 2);
        for (x, y) in l.iter_mut().zip(r.iter_mut().rev()) {
            std::mem::swap(x, y);
        }
    }
    let mut i = 0;
    while i < n {
        let mut j = i;
        while b[j] & 0xC0 == 0x80 {
            j += 1;
        }
        b[i..=j].reverse();
        i = j + 1;
    }
    *s = String::from_utf8(b).unwrap();
}
