// learner: optimal
// idiom: heavy generics and traits: a Marks trait with an impl and generic helper functions
use std::collections::VecDeque;

trait Marks {
    fn fresh(n: usize) -> Self;
    fn seen(&self, v: usize) -> bool;
    fn set(&mut self, v: usize, from: usize);
    fn from(&self, v: usize) -> Option<usize>;
}

impl Marks for Vec<Option<usize>> {
    fn fresh(n: usize) -> Self {
        vec![None; n]
    }
    fn seen(&self, v: usize) -> bool {
        self[v].is_some()
    }
    fn set(&mut self, v: usize, from: usize) {
        self[v] = Some(from);
    }
    fn from(&self, v: usize) -> Option<usize> {
        self[v]
    }
}

fn bfs<M: Marks, A: AsRef<[usize]>>(adj: &[A], start: usize, goal: usize) -> Option<M> {
    let mut marks = M::fresh(adj.len());
    let mut queue = VecDeque::from([start]);
    marks.set(start, start);
    while let Some(u) = queue.pop_front() {
        if u == goal {
            return Some(marks);
        }
        for &v in adj[u].as_ref() {
            if !marks.seen(v) {
                marks.set(v, u);
                queue.push_back(v);
            }
        }
    }
    None
}

fn unwind<M: Marks>(marks: &M, start: usize, goal: usize) -> Vec<usize> {
    let mut path: Vec<usize> = std::iter::successors(Some(goal), |&v| {
        if v == start { None } else { marks.from(v) }
    })
    .collect();
    path.reverse();
    path
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let marks: Vec<Option<usize>> = bfs(adj, start, goal)?;
    Some(unwind(&marks, start, goal))
}

const WHITE: u8 = 0;
const GREY: u8 = 1;
const BLACK: u8 = 2;

fn dfs_from<A: AsRef<[usize]>>(
    adj: &[A],
    root: usize,
    colour: &mut [u8],
    out: &mut Vec<usize>,
) -> Result<(), Vec<usize>> {
    let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
    colour[root] = GREY;
    while let Some(top) = stack.last_mut() {
        let (u, i) = *top;
        match adj[u].as_ref().get(i) {
            Some(&v) => {
                top.1 += 1;
                match colour[v] {
                    WHITE => {
                        colour[v] = GREY;
                        stack.push((v, 0));
                    }
                    GREY => {
                        let at = stack.iter().rposition(|e| e.0 == v).unwrap();
                        return Err(stack[at..].iter().map(|e| e.0).collect());
                    }
                    _ => {}
                }
            }
            None => {
                colour[u] = BLACK;
                out.push(u);
                stack.pop();
            }
        }
    }
    Ok(())
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let mut colour = vec![WHITE; adj.len()];
    let mut out = Vec::with_capacity(adj.len());
    for v in 0..adj.len() {
        if colour[v] == WHITE {
            dfs_from(adj, v, &mut colour, &mut out)?;
        }
    }
    out.reverse();
    Ok(out)
}
