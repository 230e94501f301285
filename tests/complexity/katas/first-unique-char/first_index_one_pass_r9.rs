// learner: optimal
// idiom: one pass over the string storing Occurrence enum (Once(index) / Repeated) per char, then a scan of the k-sized map for the smallest index
use std::collections::HashMap;

#[derive(Debug, Clone, Copy)]
enum Occurrence {
    Once(usize),
    Repeated,
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut seen: HashMap<char, Occurrence> = HashMap::new();
    for (position, ch) in s.chars().enumerate() {
        match seen.get_mut(&ch) {
            Some(state) => *state = Occurrence::Repeated,
            None => {
                seen.insert(ch, Occurrence::Once(position));
            }
        }
    }
    let mut best: Option<(usize, char)> = None;
    for (&ch, &state) in &seen {
        if let Occurrence::Once(position) = state {
            match best {
                Some((best_position, _)) if best_position <= position => {}
                _ => best = Some((position, ch)),
            }
        }
    }
    best.map(|(_, ch)| ch)
}
