// learner: optimal
// idiom: Lean-style: Weak parent, path as an unfold (iter::successors) reversed once, iterative Drop as a worklist with a decreasing-size comment
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    /// Non-owning upward edge: ownership is a forest, so strong counts stay acyclic.
    up: Weak<RefCell<Node<T>>>,
    /// Owning downward edges, in insertion order.
    down: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        // Worklist teardown. Measure: number of nodes still reachable from `work`;
        // each round removes one handle and only moves (never adds) descendants.
        let mut work: Vec<NodeRef<T>> = std::mem::take(&mut self.down);
        while let Some(h) = work.pop() {
            if let Ok(cell) = Rc::try_unwrap(h) {
                let mut n = cell.into_inner();
                work.append(&mut n.down);
                // `n` drops here with no children: constant stack.
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Weak::new(), down: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, up: Rc::downgrade(parent), down: Vec::new() }));
    parent.borrow_mut().down.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().down.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // unfold: node, parent node, parent (parent node), ... until None. Length = depth + 1.
    let mut path: Vec<T> = std::iter::successors(Some(Rc::clone(node)), parent)
        .map(|n| n.borrow().value.clone())
        .collect();
    path.reverse();
    path
}
