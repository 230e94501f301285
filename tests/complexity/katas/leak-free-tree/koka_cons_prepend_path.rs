// learner: slow
// idiom: Koka: path_to_root as `go(parent, Cons(value, acc))` -- but a Vec is no cons list, so each "cons" builds a new Vec `[value] ++ acc`
// why: every step up copies the whole accumulated path into a new Vec: O(1 + 2 + ... + d) = O(d^2) for a node at depth d
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: Weak::new(), children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node {
        value,
        parent: Rc::downgrade(parent),
        children: Vec::new(),
    }));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.to_vec()
}

/// `Cons(x, xs)` for a Vec: a new list with `x` in front.
fn cons<T: Clone>(x: T, xs: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(xs.len() + 1);
    out.push(x);
    out.extend_from_slice(xs);
    out
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // go(node, acc) = match parent(node) { None => cons(v, acc), Some(p) => go(p, cons(v, acc)) }
    let mut acc: Vec<T> = Vec::new();
    let mut here = Rc::clone(node);
    loop {
        acc = cons(here.borrow().value.clone(), &acc);
        match parent(&here) {
            Some(p) => here = p,
            None => return acc,
        }
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut agenda = std::mem::take(&mut self.children);
        while let Some(k) = agenda.pop() {
            if let Ok(cell) = Rc::try_unwrap(k) {
                let mut node = cell.into_inner();
                agenda.append(&mut node.children);
            }
        }
    }
}
