// learner: optimal
// idiom: Java/C# style: a GraphSearcher struct with many small methods, getters and Option-heavy code
use std::collections::VecDeque;

struct BfsSearcher<'a> {
    adj: &'a [Vec<usize>],
    parent: Vec<Option<usize>>,
    queue: VecDeque<usize>,
}

impl<'a> BfsSearcher<'a> {
    fn new(adj: &'a [Vec<usize>]) -> Self {
        BfsSearcher { adj, parent: vec![None; adj.len()], queue: VecDeque::new() }
    }

    fn is_visited(&self, node: usize) -> bool {
        self.parent[node].is_some()
    }

    fn mark(&mut self, node: usize, from: usize) {
        self.parent[node] = Some(from);
        self.queue.push_back(node);
    }

    fn get_parent(&self, node: usize) -> Option<usize> {
        self.parent[node]
    }

    fn neighbours(&self, node: usize) -> &'a [Vec<usize>] {
        let _ = node;
        self.adj
    }

    fn run(&mut self, start: usize, goal: usize) -> bool {
        self.mark(start, start);
        while let Some(current) = self.queue.pop_front() {
            if current == goal {
                return true;
            }
            let adj = self.neighbours(current);
            for &next in adj[current].iter() {
                if !self.is_visited(next) {
                    self.mark(next, current);
                }
            }
        }
        false
    }

    fn build_path(&self, start: usize, goal: usize) -> Vec<usize> {
        let mut path = Vec::new();
        let mut node = goal;
        path.push(node);
        while node != start {
            node = self.get_parent(node).expect("visited nodes have a parent");
            path.push(node);
        }
        path.reverse();
        path
    }
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Unseen,
    OnPath,
    Done,
}

struct TopoSorter<'a> {
    adj: &'a [Vec<usize>],
    state: Vec<State>,
    stack: Vec<(usize, usize)>,
    output: Vec<usize>,
}

impl<'a> TopoSorter<'a> {
    fn new(adj: &'a [Vec<usize>]) -> Self {
        TopoSorter { adj, state: vec![State::Unseen; adj.len()], stack: Vec::new(), output: Vec::with_capacity(adj.len()) }
    }

    fn get_state(&self, node: usize) -> State {
        self.state[node]
    }

    fn push(&mut self, node: usize) {
        self.state[node] = State::OnPath;
        self.stack.push((node, 0));
    }

    fn cycle_from(&self, node: usize) -> Vec<usize> {
        let pos = self.stack.iter().rposition(|&(n, _)| n == node).expect("on path");
        self.stack[pos..].iter().map(|&(n, _)| n).collect()
    }

    fn visit(&mut self, root: usize) -> Option<Vec<usize>> {
        self.push(root);
        while let Some(&(node, edge)) = self.stack.last() {
            let edges = &self.adj[node];
            if edge < edges.len() {
                self.stack.last_mut().unwrap().1 += 1;
                let next = edges[edge];
                match self.get_state(next) {
                    State::Unseen => self.push(next),
                    State::OnPath => return Some(self.cycle_from(next)),
                    State::Done => {}
                }
            } else {
                self.state[node] = State::Done;
                self.output.push(node);
                self.stack.pop();
            }
        }
        None
    }

    fn sort(mut self) -> Result<Vec<usize>, Vec<usize>> {
        for node in 0..self.adj.len() {
            if self.get_state(node) == State::Unseen {
                if let Some(cycle) = self.visit(node) {
                    return Err(cycle);
                }
            }
        }
        self.output.reverse();
        Ok(self.output)
    }
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut searcher = BfsSearcher::new(adj);
    if searcher.run(start, goal) {
        Some(searcher.build_path(start, goal))
    } else {
        None
    }
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    TopoSorter::new(adj).sort()
}
