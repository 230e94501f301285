// Appending with push_str is amortised O(1) per part.
// expect join_all: time O(n), space O(n)
pub fn join_all(parts: &[&str]) -> String {
    let mut s = String::new();
    for p in parts {
        s.push_str(p);
    }
    s
}
