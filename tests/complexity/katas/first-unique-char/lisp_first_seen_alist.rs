// learner: optimal
// idiom: Lisp-style single pass: fold into a map char -> first index or :twice marker, then reduce the map (size k) to the minimum
use std::collections::HashMap;

#[derive(Clone, Copy)]
enum Mark {
    Once(usize),
    Twice,
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let bump = |m: Option<Mark>, i: usize| match m {
        None => Mark::Once(i),
        Some(_) => Mark::Twice,
    };
    let table = s
        .chars()
        .enumerate()
        .fold(HashMap::new(), |mut env: HashMap<char, Mark>, (i, c)| {
            let old = env.get(&c).copied();
            env.insert(c, bump(old, i));
            env
        });
    table
        .into_iter()
        .filter_map(|(c, m)| match m {
            Mark::Once(i) => Some((i, c)),
            Mark::Twice => None,
        })
        .min()
        .map(|(_, c)| c)
}
