// learner: optimal
// idiom: competitive-programmer: collect chars once, index loops, first-occurrence map with usize::MAX as "seen twice"
//! First non-repeating character: see README.md.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let v: Vec<char> = s.chars().collect();
    let n = v.len();
    let mut f: HashMap<char, usize> = HashMap::with_capacity(n.min(1 << 16));
    for i in 0..n {
        let e = f.entry(v[i]).or_insert(i);
        if *e != i {
            *e = usize::MAX;
        }
    }
    let mut b = usize::MAX;
    for (_, &i) in f.iter() {
        if i < b {
            b = i;
        }
    }
    if b == usize::MAX { None } else { Some(v[b]) }
}
