// learner: slow
// idiom: TypeScript/Node backend developer: the Array.from(str).reverse().join('') reflex: copy the chars into a Vec<char>, reverse the array, write it back into the string
// why: reverse_in_place is O(n) time but O(n) extra space (a Vec<char> copy of the text, 4 bytes per char) vs the O(1) space target
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let mut chars: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        chars.push(c);
    }
    chars.reverse();
    s.clear();
    for c in chars {
        s.push(c);
    }
}
