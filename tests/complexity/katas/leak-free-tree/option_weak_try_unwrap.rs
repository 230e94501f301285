// learner: optimal
// idiom: Option<Weak> parent + Vec children, path by a loop that swaps the current handle (cur = up) then reverse, Drop drains children into a worklist and unwraps sole-owned ones with Rc::try_unwrap
//! A tree with parent links that does not leak.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Option<Weak<RefCell<Node<T>>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work: Vec<NodeRef<T>> = std::mem::take(&mut self.kids);
        while let Some(child) = work.pop() {
            match Rc::try_unwrap(child) {
                Ok(cell) => {
                    let mut node = cell.into_inner();
                    work.append(&mut node.kids);
                    // node is dropped here with no children: no recursion
                }
                Err(_still_shared) => {}
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: None, kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, up: Some(Rc::downgrade(parent)), kids: Vec::new() }));
    parent.borrow_mut().kids.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.as_ref()?.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut values = Vec::new();
    let mut cur = Rc::clone(node);
    loop {
        values.push(cur.borrow().value.clone());
        let up = match parent(&cur) {
            Some(p) => p,
            None => break,
        };
        cur = up;
    }
    values.reverse();
    values
}
