// learner: optimal
// idiom: Smalltalk developer: a Walker object with small intention-revealing methods; BFS with VecDeque + parent links, DFS with an explicit frame stack (node, next edge) and a colour enum
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Colour {
    White,
    Grey,
    Black,
}

struct Walker<'g> {
    adj: &'g [Vec<usize>],
    parent: Vec<Option<usize>>,
}

impl<'g> Walker<'g> {
    fn on(adj: &'g [Vec<usize>]) -> Self {
        Walker { adj, parent: vec![None; adj.len()] }
    }

    fn path_back_to(&self, start: usize, goal: usize) -> Vec<usize> {
        let mut path = vec![goal];
        let mut here = goal;
        while here != start {
            here = self.parent[here].expect("every reached node but the start has a parent");
            path.push(here);
        }
        path.reverse();
        path
    }

    fn breadth_first_from(&mut self, start: usize, goal: usize) -> Option<Vec<usize>> {
        let mut seen = vec![false; self.adj.len()];
        let mut queue = VecDeque::new();
        seen[start] = true;
        queue.push_back(start);
        while let Some(node) = queue.pop_front() {
            if node == goal {
                return Some(self.path_back_to(start, goal));
            }
            for &next in &self.adj[node] {
                if !seen[next] {
                    seen[next] = true;
                    self.parent[next] = Some(node);
                    queue.push_back(next);
                }
            }
        }
        None
    }

    fn cycle_closing(&self, from: usize, to: usize) -> Vec<usize> {
        // the edge from -> to closes a cycle: to is a grey ancestor of from
        let mut cycle = vec![from];
        let mut here = from;
        while here != to {
            here = self.parent[here].expect("grey nodes form a chain of parents");
            cycle.push(here);
        }
        cycle.reverse();
        cycle
    }

    fn depth_first_order(&mut self) -> Result<Vec<usize>, Vec<usize>> {
        let n = self.adj.len();
        let mut colour = vec![Colour::White; n];
        let mut finished = Vec::with_capacity(n);
        let mut frames: Vec<(usize, usize)> = Vec::new();
        for root in 0..n {
            if colour[root] != Colour::White {
                continue;
            }
            colour[root] = Colour::Grey;
            frames.push((root, 0));
            while let Some(frame) = frames.last_mut() {
                let (node, edge) = *frame;
                if edge == self.adj[node].len() {
                    colour[node] = Colour::Black;
                    finished.push(node);
                    frames.pop();
                    continue;
                }
                frame.1 += 1;
                let next = self.adj[node][edge];
                match colour[next] {
                    Colour::White => {
                        colour[next] = Colour::Grey;
                        self.parent[next] = Some(node);
                        frames.push((next, 0));
                    }
                    Colour::Grey => return Err(self.cycle_closing(node, next)),
                    Colour::Black => {}
                }
            }
        }
        finished.reverse();
        Ok(finished)
    }
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    Walker::on(adj).breadth_first_from(start, goal)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    Walker::on(adj).depth_first_order()
}
