// learner: optimal
// idiom: iterator-heavy: iter::successors for the ancestor walk, map/collect chains, Option<Weak> parent
use std::cell::RefCell;
use std::iter;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Option<Weak<RefCell<Node<T>>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn fresh(value: T, parent: Option<Weak<RefCell<Node<T>>>>) -> NodeRef<T> {
        Rc::new(RefCell::new(Node { value, parent, children: vec![] }))
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Node::fresh(value, None)
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Node::fresh(value, Some(Rc::downgrade(parent)));
    parent.borrow_mut().children.push(kid.clone());
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.as_ref().and_then(Weak::upgrade)
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().cloned().collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = iter::successors(Some(node.clone()), parent)
        .map(|n| n.borrow().value.clone())
        .collect();
    path.reverse();
    path
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut queue: Vec<NodeRef<T>> = self.children.drain(..).collect();
        while let Some(rc) = queue.pop() {
            if let Ok(cell) = Rc::try_unwrap(rc) {
                queue.extend(cell.into_inner().children.drain(..));
            }
        }
    }
}
