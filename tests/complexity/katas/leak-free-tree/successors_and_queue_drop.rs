// learner: optimal
// idiom: Clojure developer: path as (reverse (take-while some? (iterate parent node))) via iter::successors, Drop drains the subtree breadth-first through a VecDeque using Rc::try_unwrap
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Option<Weak<RefCell<Node<T>>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut queue: VecDeque<NodeRef<T>> = self.children.drain(..).collect();
        while let Some(kid) = queue.pop_front() {
            // Sole owner: take its children out before it goes; shared: someone else keeps it.
            if let Ok(cell) = Rc::try_unwrap(kid) {
                queue.extend(cell.borrow_mut().children.drain(..));
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: None, children: vec![] }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Rc::new(RefCell::new(Node { value, parent: Some(Rc::downgrade(parent)), children: vec![] }));
    parent.borrow_mut().children.push(kid.clone());
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.as_ref().and_then(Weak::upgrade)
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = std::iter::successors(Some(node.clone()), parent)
        .map(|n| n.borrow().value.clone())
        .collect();
    path.reverse();
    path
}
