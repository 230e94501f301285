// learner: optimal
// idiom: over-engineered: Successor trait over the table, NodeId newtype, Walk iterator struct implementing Iterator, Brent's power-of-two algorithm in a module
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

mod graph {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct NodeId(pub usize);

    pub trait Successor {
        fn succ(&self, node: NodeId) -> Option<NodeId>;
    }

    impl Successor for [Option<usize>] {
        fn succ(&self, node: NodeId) -> Option<NodeId> {
            self[node.0].map(NodeId)
        }
    }

    /// Yields the nodes after `start`, one per step.
    pub struct Walk<'g, G: Successor + ?Sized> {
        graph: &'g G,
        at: Option<NodeId>,
    }

    impl<'g, G: Successor + ?Sized> Walk<'g, G> {
        pub fn from(graph: &'g G, start: NodeId) -> Self {
            Walk { graph, at: Some(start) }
        }
    }

    impl<'g, G: Successor + ?Sized> Iterator for Walk<'g, G> {
        type Item = NodeId;
        fn next(&mut self) -> Option<NodeId> {
            let here = self.at?;
            self.at = self.graph.succ(here);
            self.at
        }
    }
}

mod brent {
    use super::graph::{NodeId, Successor, Walk};

    /// Length of the cycle reached from `start`, or None if the walk ends.
    pub fn cycle_length<G: Successor + ?Sized>(g: &G, start: NodeId) -> Option<usize> {
        let mut power = 1usize;
        let mut lam = 0usize;
        let mut tortoise = start;
        let mut hare_walk = Walk::from(g, start);
        loop {
            let hare = hare_walk.next()?;
            lam += 1;
            if hare == tortoise {
                return Some(lam);
            }
            if power == lam {
                tortoise = hare;
                power <<= 1;
                lam = 0;
            }
        }
    }

    /// Walks `steps` nodes ahead of `start` (which must not run off the end).
    pub fn advance<G: Successor + ?Sized>(g: &G, start: NodeId, steps: usize) -> NodeId {
        Walk::from(g, start).take(steps).last().unwrap_or(start)
    }

    pub fn entry<G: Successor + ?Sized>(g: &G, start: NodeId, lam: usize) -> NodeId {
        let mut lead = advance(g, start, lam);
        let mut trail = start;
        while lead != trail {
            lead = g.succ(lead).expect("on a cycle");
            trail = g.succ(trail).expect("reaches the cycle");
        }
        trail
    }
}

use graph::NodeId;

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.and_then(|h| brent::cycle_length(next, NodeId(h))).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let start = NodeId(head?);
    let len = brent::cycle_length(next, start)?;
    let entry = brent::entry(next, start, len);
    Some(Cycle { entry: entry.0, len })
}
