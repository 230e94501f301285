// learner: optimal
// idiom: a Modula-2 teacher: arrays indexed by span position, an explicit post-order stack of (node, next child) frames replacing recursion, strict `>` comparisons for the input-order tie rule, all loops as WHILE loops
//! The critical path of a distributed trace: see README.md.

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

const NONE: usize = usize::MAX;

/* One activation record of the simulated recursion. */
struct Frame {
    node: usize,
    next_child: usize,
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    let mut i = 0;
    while i < spans.len() {
        map.insert(spans[i].id, Vec::new());
        i = i + 1;
    }
    i = 0;
    while i < spans.len() {
        if let Some(p) = spans[i].parent {
            if let Some(list) = map.get_mut(&p) {
                list.push(spans[i].id);
            }
        }
        i = i + 1;
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    /* position of every id */
    let mut position: HashMap<u64, usize> = HashMap::with_capacity(n);
    let mut i = 0;
    while i < n {
        position.insert(spans[i].id, i);
        i = i + 1;
    }
    /* child lists and roots, in input order */
    let mut children: Vec<Vec<usize>> = Vec::with_capacity(n);
    i = 0;
    while i < n {
        children.push(Vec::new());
        i = i + 1;
    }
    let mut roots: Vec<usize> = Vec::new();
    i = 0;
    while i < n {
        let mut parent_index = NONE;
        if let Some(p) = spans[i].parent {
            if let Some(&pi) = position.get(&p) {
                parent_index = pi;
            }
        }
        if parent_index == NONE {
            roots.push(i);
        } else {
            children[parent_index].push(i);
        }
        i = i + 1;
    }

    /* post-order walk: a node is finished after all its children */
    let mut best: Vec<u64> = vec![0; n];
    let mut best_child: Vec<usize> = vec![NONE; n];
    let mut stack: Vec<Frame> = Vec::new();
    let mut r = 0;
    while r < roots.len() {
        stack.push(Frame { node: roots[r], next_child: 0 });
        while stack.len() > 0 {
            let top = stack.len() - 1;
            let node = stack[top].node;
            let k = stack[top].next_child;
            if k < children[node].len() {
                stack[top].next_child = k + 1;
                stack.push(Frame { node: children[node][k], next_child: 0 });
            } else {
                /* all children done: choose the first slowest one */
                let mut choice = NONE;
                let mut c = 0;
                while c < children[node].len() {
                    let child = children[node][c];
                    if choice == NONE || best[child] > best[choice] {
                        choice = child;
                    }
                    c = c + 1;
                }
                best_child[node] = choice;
                best[node] = spans[node].duration_us;
                if choice != NONE {
                    best[node] = best[node] + best[choice];
                }
                stack.pop();
            }
        }
        r = r + 1;
    }

    /* the first slowest root, then follow the chosen children down */
    let mut start = roots[0];
    r = 1;
    while r < roots.len() {
        if best[roots[r]] > best[start] {
            start = roots[r];
        }
        r = r + 1;
    }
    let mut ids: Vec<u64> = Vec::new();
    let mut current = start;
    while current != NONE {
        ids.push(spans[current].id);
        current = best_child[current];
    }
    Some(CriticalPath { total_us: best[start], spans: ids })
}
