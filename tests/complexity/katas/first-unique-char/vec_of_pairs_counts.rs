// learner: slow
// why: first_unique_char is O(n k) time, target O(n): counts are kept in a Vec<(char, usize)> searched linearly for every char
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counts: Vec<(char, usize)> = Vec::new();
    for c in s.chars() {
        let mut found = false;
        for entry in counts.iter_mut() {
            if entry.0 == c {
                entry.1 += 1;
                found = true;
                break;
            }
        }
        if !found {
            counts.push((c, 1));
        }
    }
    for c in s.chars() {
        for &(d, n) in &counts {
            if d == c && n == 1 {
                return Some(c);
            }
        }
    }
    None
}
