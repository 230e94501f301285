// learner: optimal
// idiom: embedded-ish: char_indices() and char_indices().rev() as two cursors, positions compared as usize, for-less while let
pub fn is_palindrome(s: &str) -> bool {
    let mut fwd = s.char_indices();
    let mut bwd = s.char_indices().rev();
    let mut i_front: usize;
    let mut i_back: usize;
    'outer: loop {
        let mut a = '\0';
        i_front = usize::MAX;
        while let Some((i, c)) = fwd.next() {
            if c.is_alphanumeric() {
                a = c;
                i_front = i;
                break;
            }
        }
        if i_front == usize::MAX {
            break 'outer;
        }
        let mut b = '\0';
        i_back = 0;
        let mut found = false;
        while let Some((i, c)) = bwd.next() {
            if c.is_alphanumeric() {
                b = c;
                i_back = i;
                found = true;
                break;
            }
        }
        if !found || i_back <= i_front {
            break 'outer;
        }
        if !a.to_lowercase().eq(b.to_lowercase()) {
            return false;
        }
    }
    true
}
