// Rebuilding a string with format! in a loop copies it every time.
// expect join_all: time O(n^2), space O(1)
// target join_all: time O(n), space O(n)
pub fn join_all(parts: &[&str]) -> String {
    let mut s = String::new();
    for p in parts {
        s = format!("{}{}", s, p);
    }
    s
}
