// learner: optimal
// idiom: C-programmer style: two char_indices iterators (forward and reversed) as cursors, byte positions compared to stop, while loop with many mutable locals and a helper for the case-folded compare
//! Palindrome check without a copy: see README.md.

fn same_letter(a: char, b: char) -> bool {
    if a == b {
        return true;
    }
    a.to_lowercase().eq(b.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    let mut fwd = s.char_indices();
    let mut bwd = s.char_indices().rev();
    let mut ok = true;
    let mut done = false;
    while !done {
        let mut l: Option<(usize, char)> = None;
        while let Some((i, c)) = fwd.next() {
            if c.is_alphanumeric() {
                l = Some((i, c));
                break;
            }
        }
        let mut r: Option<(usize, char)> = None;
        while let Some((j, c)) = bwd.next() {
            if c.is_alphanumeric() {
                r = Some((j, c));
                break;
            }
        }
        match (l, r) {
            (Some((i, a)), Some((j, b))) if i < j => {
                if !same_letter(a, b) {
                    ok = false;
                    done = true;
                }
            }
            _ => done = true,
        }
    }
    ok
}
