// learner: optimal
// idiom: Nix: every node carries its `depth` attribute (computed once, like a derived attr), so the path is allocated exactly and filled walking up, then reversed
// why: add_child O(1) (depth = parent.depth + 1, one push), parent O(1), path_to_root O(d) with one allocation of d+1

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    depth: usize,
    parent_link: Option<Weak<RefCell<Node<T>>>>,
    children_list: Vec<NodeRef<T>>,
}

fn mk<T>(value: T, depth: usize, parent_link: Option<Weak<RefCell<Node<T>>>>) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, depth, parent_link, children_list: Vec::new() }))
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    mk(value, 0, None)
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let d = parent.borrow().depth + 1;
    let kid = mk(value, d, Some(Rc::downgrade(parent)));
    parent.borrow_mut().children_list.push(kid.clone());
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent_link.as_ref().and_then(|w| w.upgrade())
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children_list.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // depth is an upper bound: if some ancestor was dropped the walk stops early
    let mut out = Vec::with_capacity(node.borrow().depth + 1);
    let mut cur = Some(node.clone());
    while let Some(n) = cur {
        out.push(n.borrow().value.clone());
        cur = parent(&n);
    }
    out.reverse();
    out
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        // tear the subtree down breadth-ish with an explicit stack
        let mut pending = std::mem::take(&mut self.children_list);
        loop {
            let Some(next) = pending.pop() else { break };
            match Rc::try_unwrap(next) {
                Ok(cell) => {
                    let mut n = cell.into_inner();
                    pending.extend(std::mem::take(&mut n.children_list));
                }
                Err(_still_shared) => {} // someone holds it: only our count goes
            }
        }
    }
}
