// learner: optimal
// idiom: Gleam developer: first collect the chain of ancestor handles (a list of nodes), then map over it back to front; Drop drains children with Rc::into_inner
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent_link: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut orphans = std::mem::take(&mut self.children);
        while let Some(orphan) = orphans.pop() {
            // Some(..) only when we held the last strong handle.
            if let Some(cell) = Rc::into_inner(orphan) {
                orphans.extend(std::mem::take(&mut cell.borrow_mut().children));
            }
        }
    }
}

fn make<T>(value: T, parent_link: Weak<RefCell<Node<T>>>) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent_link, children: vec![] }))
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    make(value, Weak::new())
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = make(value, Rc::downgrade(parent));
    parent.borrow_mut().children.push(child.clone());
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent_link.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.to_vec()
}

fn ancestry<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let mut chain = vec![node.clone()];
    while let Some(up) = chain.last().and_then(parent) {
        chain.push(up);
    }
    chain
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    ancestry(node)
        .iter()
        .rev()
        .map(|n| n.borrow().value.clone())
        .collect()
}
