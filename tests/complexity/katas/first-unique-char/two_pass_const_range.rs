// learner: optimal
// idiom: `for pass in 0..2` over the same chars with a BTreeMap-free HashMap<char, bool> "repeated" flag, if-heavy
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut repeated: HashMap<char, bool> = HashMap::new();
    for pass in 0..2 {
        for c in s.chars() {
            if pass == 0 {
                if let Some(flag) = repeated.get_mut(&c) {
                    *flag = true;
                } else {
                    repeated.insert(c, false);
                }
            } else if repeated.get(&c) == Some(&false) {
                return Some(c);
            }
        }
    }
    None
}
