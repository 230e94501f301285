// learner: optimal
// idiom: embedded C style: u32 first-child/next-sibling link arrays (built back to front so siblings keep input order), NONE sentinel, while loops, iterative post-order with a visited flag array
//! Critical path of a distributed trace.
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub id: u64,
    pub parent: Option<u64>,
    pub duration_us: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    pub total_us: u64,
    pub spans: Vec<u64>,
}

const NONE: u32 = u32::MAX;

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut m: HashMap<u64, Vec<u64>> = HashMap::new();
    let mut i: usize = 0;
    while i < spans.len() {
        m.entry(spans[i].id).or_default();
        i += 1;
    }
    i = 0;
    while i < spans.len() {
        if let Some(p) = spans[i].parent {
            if let Some(v) = m.get_mut(&p) {
                v.push(spans[i].id);
            }
        }
        i += 1;
    }
    m
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len() as u32;
    if n == 0 {
        return None;
    }
    let mut slot: HashMap<u64, u32> = HashMap::with_capacity(n as usize);
    let mut i: u32 = 0;
    while i < n {
        slot.insert(spans[i as usize].id, i);
        i += 1;
    }
    let mut first = vec![NONE; n as usize];
    let mut next = vec![NONE; n as usize];
    let mut root_head: u32 = NONE;
    // back to front: pushing at the head keeps input order
    i = n;
    while i > 0 {
        i -= 1;
        let p = match spans[i as usize].parent.and_then(|p| slot.get(&p)) {
            Some(&p) => p,
            None => NONE,
        };
        if p == NONE {
            next[i as usize] = root_head;
            root_head = i;
        } else {
            next[i as usize] = first[p as usize];
            first[p as usize] = i;
        }
    }
    // best[v] = duration + best of its children; pick[v] = best child (first on ties)
    let mut best = vec![0u64; n as usize];
    let mut pick = vec![NONE; n as usize];
    let mut done = vec![false; n as usize];
    let mut stack: Vec<u32> = Vec::new();
    let mut r = root_head;
    while r != NONE {
        stack.push(r);
        while let Some(&v) = stack.last() {
            if !done[v as usize] {
                done[v as usize] = true;
                let mut c = first[v as usize];
                while c != NONE {
                    stack.push(c);
                    c = next[c as usize];
                }
                continue;
            }
            stack.pop();
            let mut c = first[v as usize];
            let mut top = 0u64;
            let mut who = NONE;
            while c != NONE {
                if who == NONE || best[c as usize] > top {
                    top = best[c as usize];
                    who = c;
                }
                c = next[c as usize];
            }
            best[v as usize] = spans[v as usize].duration_us + top;
            pick[v as usize] = who;
        }
        r = next[r as usize];
    }
    let mut start = root_head;
    let mut r = next[root_head as usize];
    while r != NONE {
        if best[r as usize] > best[start as usize] {
            start = r;
        }
        r = next[r as usize];
    }
    let total = best[start as usize];
    let mut ids = Vec::new();
    let mut v = start;
    while v != NONE {
        ids.push(spans[v as usize].id);
        v = pick[v as usize];
    }
    Some(CriticalPath { total_us: total, spans: ids })
}
