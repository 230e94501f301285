// learner: slow
// why: path_to_root is O(d^2) time and space churn, target O(d): a cons-list habit, each step rebuilds the whole Vec as once(value).chain(acc)
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::iter;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Weak<RefCell<Node<T>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut todo = std::mem::take(&mut self.kids);
        while let Some(n) = todo.pop() {
            todo.extend(
                Rc::try_unwrap(n)
                    .ok()
                    .map(|c| std::mem::take(&mut c.into_inner().kids))
                    .unwrap_or_default(),
            );
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Weak::new(), kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Rc::new(RefCell::new(Node { value, up: Rc::downgrade(parent), kids: Vec::new() }));
    parent.borrow_mut().kids.push(Rc::clone(&kid));
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.to_vec()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    iter::successors(Some(Rc::clone(node)), parent).fold(Vec::new(), |acc, n| {
        iter::once(n.borrow().value.clone()).chain(acc).collect()
    })
}
