// learner: optimal
// idiom: two separate Chars iterators with helper functions, counting how many pairs to compare
fn next_alnum<I: Iterator<Item = char>>(it: &mut I) -> Option<char> {
    for c in it {
        if c.is_alphanumeric() {
            return Some(c);
        }
    }
    None
}

fn same_ignoring_case(a: char, b: char) -> bool {
    if a == b {
        return true;
    }
    a.to_lowercase().eq(b.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    let total = s.chars().filter(|c| c.is_alphanumeric()).count();
    let mut fwd = s.chars();
    let mut bwd = s.chars().rev();
    let mut k = 0;
    while k < total / 2 {
        let a = next_alnum(&mut fwd).unwrap();
        let b = next_alnum(&mut bwd).unwrap();
        if !same_ignoring_case(a, b) {
            return false;
        }
        k += 1;
    }
    true
}
