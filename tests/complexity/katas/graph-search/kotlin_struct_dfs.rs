// learner: optimal
// idiom: Kotlin-dev style: struct with impl methods for the DFS walker, on-path position index for O(1) cycle slicing, iterator-based BFS with early return
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    if start == goal {
        return Some(vec![start]);
    }
    let mut came_from: Vec<Option<usize>> = vec![None; adj.len()];
    came_from[start] = Some(start);
    let mut frontier = VecDeque::from([start]);
    while let Some(current) = frontier.pop_front() {
        for &neighbour in adj[current].iter() {
            if came_from[neighbour].is_some() {
                continue;
            }
            came_from[neighbour] = Some(current);
            if neighbour == goal {
                let mut path: Vec<usize> = std::iter::successors(Some(goal), |&n| {
                    if n == start { None } else { came_from[n] }
                })
                .collect();
                path.reverse();
                return Some(path);
            }
            frontier.push_back(neighbour);
        }
    }
    None
}

const NOT_ON_PATH: usize = usize::MAX;

struct Walker<'a> {
    adj: &'a [Vec<usize>],
    done: Vec<bool>,
    path_pos: Vec<usize>,
    path: Vec<usize>,
    cursor: Vec<usize>,
    out: Vec<usize>,
}

impl<'a> Walker<'a> {
    fn new(adj: &'a [Vec<usize>]) -> Self {
        let n = adj.len();
        Walker {
            adj,
            done: vec![false; n],
            path_pos: vec![NOT_ON_PATH; n],
            path: Vec::new(),
            cursor: Vec::new(),
            out: Vec::with_capacity(n),
        }
    }

    fn enter(&mut self, v: usize) {
        self.path_pos[v] = self.path.len();
        self.path.push(v);
        self.cursor.push(0);
    }

    fn leave(&mut self) {
        let v = self.path.pop().unwrap();
        self.cursor.pop();
        self.path_pos[v] = NOT_ON_PATH;
        self.done[v] = true;
        self.out.push(v);
    }

    fn explore(&mut self, root: usize) -> Result<(), Vec<usize>> {
        self.enter(root);
        while !self.path.is_empty() {
            let top = self.path.len() - 1;
            let v = self.path[top];
            let i = self.cursor[top];
            if i == self.adj[v].len() {
                self.leave();
                continue;
            }
            self.cursor[top] += 1;
            let w = self.adj[v][i];
            if self.path_pos[w] != NOT_ON_PATH {
                return Err(self.path[self.path_pos[w]..].to_vec());
            }
            if !self.done[w] {
                self.enter(w);
            }
        }
        Ok(())
    }
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let mut walker = Walker::new(adj);
    for v in 0..adj.len() {
        if !walker.done[v] {
            walker.explore(v)?;
        }
    }
    let mut order = walker.out;
    order.reverse();
    Ok(order)
}
