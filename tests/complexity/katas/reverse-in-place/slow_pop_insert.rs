// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): pops the last char and String::insert()s it at the front part, shifting the rest every time
pub fn reverse_in_place(s: &mut String) {
    let mut pos = 0;
    let total = s.chars().count();
    for _ in 0..total {
        let c = s.pop().unwrap();
        s.insert(pos, c);
        pos += c.len_utf8();
    }
}
