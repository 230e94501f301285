// learner: slow
// why: reverse_in_place is O(n) space, target O(1): copies every char onto a Vec<char> stack, then pops them back into the cleared String
pub fn reverse_in_place(s: &mut String) {
    let mut stack = Vec::new();
    for c in s.chars() {
        stack.push(c);
    }
    s.clear();
    while let Some(c) = stack.pop() {
        s.push(c);
    }
}
