// learner: optimal
// idiom: Java-ish Graph<'a> wrapper with private methods, Mark enum, iterative DFS over a stack of (node, next edge) frames with a stack-position table for the cycle, BFS parents as Vec<Option<usize>> and a successors-style path rebuild
//! BFS shortest path and topological order.

use std::collections::VecDeque;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Unseen,
    OnStack,
    Done,
}

struct Graph<'a> {
    adj: &'a [Vec<usize>],
}

impl<'a> Graph<'a> {
    fn new(adj: &'a [Vec<usize>]) -> Self {
        Graph { adj }
    }

    fn size(&self) -> usize {
        self.adj.len()
    }

    fn neighbours(&self, u: usize) -> &'a [usize] {
        &self.adj[u]
    }

    fn bfs_parents(&self, start: usize, goal: usize) -> Option<Vec<Option<usize>>> {
        let mut parent: Vec<Option<usize>> = vec![None; self.size()];
        let mut visited = vec![false; self.size()];
        let mut queue = VecDeque::from([start]);
        visited[start] = true;
        while let Some(u) = queue.pop_front() {
            if u == goal {
                return Some(parent);
            }
            for &v in self.neighbours(u) {
                if !visited[v] {
                    visited[v] = true;
                    parent[v] = Some(u);
                    queue.push_back(v);
                }
            }
        }
        None
    }

    fn path_to(parent: &[Option<usize>], goal: usize) -> Vec<usize> {
        let mut path: Vec<usize> = std::iter::successors(Some(goal), |&x| parent[x]).collect();
        path.reverse();
        path
    }

    fn dfs_from(
        &self,
        root: usize,
        marks: &mut [Mark],
        stack_pos: &mut [usize],
        finished: &mut Vec<usize>,
    ) -> Result<(), Vec<usize>> {
        let mut frames: Vec<(usize, usize)> = vec![(root, 0)];
        marks[root] = Mark::OnStack;
        stack_pos[root] = 0;
        while let Some(frame) = frames.last_mut() {
            let (u, next) = *frame;
            if next == self.neighbours(u).len() {
                frames.pop();
                marks[u] = Mark::Done;
                finished.push(u);
                continue;
            }
            frame.1 += 1;
            let v = self.neighbours(u)[next];
            match marks[v] {
                Mark::Done => {}
                Mark::OnStack => {
                    return Err(frames[stack_pos[v]..].iter().map(|&(w, _)| w).collect());
                }
                Mark::Unseen => {
                    marks[v] = Mark::OnStack;
                    stack_pos[v] = frames.len();
                    frames.push((v, 0));
                }
            }
        }
        Ok(())
    }

    fn topo(&self) -> Result<Vec<usize>, Vec<usize>> {
        let n = self.size();
        let mut marks = vec![Mark::Unseen; n];
        let mut stack_pos = vec![0usize; n];
        let mut finished = Vec::with_capacity(n);
        for root in 0..n {
            if marks[root] == Mark::Unseen {
                self.dfs_from(root, &mut marks, &mut stack_pos, &mut finished)?;
            }
        }
        finished.reverse();
        Ok(finished)
    }
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let g = Graph::new(adj);
    g.bfs_parents(start, goal).map(|parent| Graph::path_to(&parent, goal))
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    Graph::new(adj).topo()
}
