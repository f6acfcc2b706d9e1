//! One module per subcommand.

pub mod demo;
pub mod encrypt;
pub mod keys;
pub mod notification;
pub mod operations;
pub mod request;
pub mod response;
pub mod sandbox;
pub mod schema;
pub mod sign;
pub mod verify;
