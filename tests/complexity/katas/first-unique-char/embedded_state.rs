// learner: optimal
// idiom: embedded C: HashMap<u32, u8> of saturating states (1 = once, 2 = more), code points as u32, while-let over a manual chars iterator in both passes
use std::collections::HashMap;

const ONCE: u8 = 1;
const MANY: u8 = 2;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut state: HashMap<u32, u8> = HashMap::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        let cp = c as u32;
        let st = state.entry(cp).or_insert(0);
        if *st < MANY {
            *st += 1;
        }
    }
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if state.get(&(c as u32)).copied() == Some(ONCE) {
            return Some(c);
        }
    }
    None
}
