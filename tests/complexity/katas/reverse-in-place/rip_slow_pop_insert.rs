// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): pops the last char and inserts it at the front part, shifting the tail every time
pub fn reverse_in_place(s: &mut String) {
    let total = s.len();
    let mut placed = 0;
    while placed < total {
        let c = match s.pop() {
            Some(c) => c,
            None => break,
        };
        s.insert(placed, c);
        placed += c.len_utf8();
    }
}
