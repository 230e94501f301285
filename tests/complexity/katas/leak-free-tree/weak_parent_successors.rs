// learner: optimal
// idiom: a ReScript web developer: record-like Node with a `Weak` parent, `iter::successors` over `parent` for the path then one reverse, and a Drop that unwraps sole-owned children onto a work list
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::iter::successors;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

fn make<T>(value: T, parent: Weak<RefCell<Node<T>>>) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent, children: vec![] }))
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    make(value, Weak::new())
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = make(value, Rc::downgrade(parent));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().map(Rc::clone).collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = successors(Some(Rc::clone(node)), parent)
        .map(|n| n.borrow().value.clone())
        .collect();
    path.reverse();
    path
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut doomed = std::mem::take(&mut self.children);
        while let Some(child) = doomed.pop() {
            // someone else still holds it? then it (and its subtree) lives on
            if let Ok(cell) = Rc::try_unwrap(child) {
                let mut node = cell.into_inner();
                doomed.append(&mut node.children);
            }
        }
    }
}
