// learner: optimal
// idiom: two byte-offset cursors i and j moving inward with nested skip loops (each char is passed once overall), decoding one char at each end via s[i..].chars().next() / s[..j].chars().next_back(); O(n), O(1)
fn same_letter(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    let (mut i, mut j) = (0usize, s.len());
    loop {
        // skip from the left
        while i < j {
            let c = s[i..].chars().next().unwrap();
            if c.is_alphanumeric() {
                break;
            }
            i += c.len_utf8();
        }
        // skip from the right
        while j > i {
            let c = s[..j].chars().next_back().unwrap();
            if c.is_alphanumeric() {
                break;
            }
            j -= c.len_utf8();
        }
        if i >= j {
            return true;
        }
        let a = s[i..].chars().next().unwrap();
        let b = s[..j].chars().next_back().unwrap();
        if !same_letter(a, b) {
            return false;
        }
        i += a.len_utf8();
        j -= b.len_utf8();
    }
}
