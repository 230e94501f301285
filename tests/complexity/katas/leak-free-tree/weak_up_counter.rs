// learner: optimal
// idiom: Solidity-style: Weak parent + owning children + a stored depth counter; path sized up front, while-loop walk, explicit-stack Drop
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
    depth: usize,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        // tear down iteratively: one frame per node instead of one per level
        let mut pending: Vec<NodeRef<T>> = std::mem::take(&mut self.children);
        while let Some(child) = pending.pop() {
            if let Ok(cell) = Rc::try_unwrap(child) {
                let mut node = cell.into_inner();
                pending.append(&mut node.children);
                // `node` drops here with no children left
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: Weak::new(), children: Vec::new(), depth: 0 }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let depth = parent.borrow().depth + 1;
    let child = Rc::new(RefCell::new(Node {
        value,
        parent: Rc::downgrade(parent),
        children: Vec::new(),
        depth,
    }));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // depth is only an upper bound once ancestors were dropped
    let mut path: Vec<T> = Vec::with_capacity(node.borrow().depth + 1);
    let mut current: NodeRef<T> = Rc::clone(node);
    loop {
        path.push(current.borrow().value.clone());
        let up = parent(&current);
        match up {
            Some(p) => current = p,
            None => break,
        }
    }
    path.reverse();
    path
}
