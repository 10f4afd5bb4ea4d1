package org.convoca.mailings;

import java.util.ArrayList;
import java.util.List;
import org.convoca.shared.Ids;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The blocks of a version as stored: a JSON array of objects, each with its {@code type}. */
final class BlocksJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BlocksJson() {
    }

    static String write(List<Block> blocks) {
        ArrayNode array = JSON.createArrayNode();
        for (Block block : blocks) {
            ObjectNode o = array.addObject().put("type", block.type());
            switch (block) {
                case Block.Heading h -> o.put("text", h.text());
                case Block.Text t -> o.put("markdown", t.markdown());
                case Block.Html h -> o.put("html", h.html());
                case Block.Image i -> o.put("image", i.imageId().toString()).put("alt", i.alt())
                        .put("caption", i.caption());
                case Block.Button b -> o.put("label", b.label()).put("url", b.url());
                case Block.Divider d -> {
                }
            }
        }
        return JSON.writeValueAsString(array);
    }

    static List<Block> read(String json) {
        List<Block> blocks = new ArrayList<>();
        for (JsonNode o : JSON.readTree(json)) {
            String type = o.path("type").asString("");
            Block block = switch (type) {
                case "heading" -> new Block.Heading(o.path("text").asString(""));
                case "text" -> new Block.Text(o.path("markdown").asString(""));
                case "html" -> new Block.Html(o.path("html").asString(""));
                case "image" -> new Block.Image(Ids.parse(o.path("image").asString("")).orElse(null),
                        o.path("alt").asString(""), o.path("caption").asString(""));
                case "button" -> new Block.Button(o.path("label").asString(""), o.path("url").asString(""));
                case "divider" -> new Block.Divider();
                default -> null;
            };
            if (block != null) {
                blocks.add(block);
            }
        }
        return blocks;
    }
}
