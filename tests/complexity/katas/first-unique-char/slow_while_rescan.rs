// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): Zig-style index loops compare every char with every other via a collected Vec<char>
pub fn first_unique_char(s: &str) -> Option<char> {
    let cs: Vec<char> = s.chars().collect();
    let n = cs.len();
    let mut i = 0;
    while i < n {
        let mut dup = false;
        let mut j = 0;
        while j < n {
            if j != i && cs[j] == cs[i] {
                dup = true;
                break;
            }
            j += 1;
        }
        if !dup {
            return Some(cs[i]);
        }
        i += 1;
    }
    None
}
